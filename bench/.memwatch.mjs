import { register } from "tsx/esm/api";

register();
const { main } = await import("/work/wt-files/src/cli/main.ts");
let peak = 0;
const t = setInterval(() => {
  const m = process.memoryUsage();
  peak = Math.max(peak, m.rss);
  console.error(
    `rss ${(m.rss / 2 ** 20) | 0} heapUsed ${(m.heapUsed / 2 ** 20) | 0} heapTotal ${(m.heapTotal / 2 ** 20) | 0} ext ${(m.external / 2 ** 20) | 0} ab ${(m.arrayBuffers / 2 ** 20) | 0}`,
  );
}, 2000);
process.exitCode = await main(process.argv);
clearInterval(t);
