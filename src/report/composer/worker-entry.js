// The entry of a composer worker thread: Node loads this plain module, which registers tsx (as
// bin/baocao.js does) so that the TypeScript worker can be imported without a build step.
import { register } from "tsx/esm/api";

register();
await import("./composer-worker.ts");
