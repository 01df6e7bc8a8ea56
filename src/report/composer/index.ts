export { type Composed, type ComposeJob, type Composer, inThreadComposer } from "./composer.ts";
export { ComposerPool, type ComposerPoolOptions } from "./composer-pool.ts";
