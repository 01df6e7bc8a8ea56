/**
 * The weight of the web app on a slow line (a script, not a test):
 *
 *   npm run bench:web -- [--runs 3] [--port 3201] [--label after]
 *
 * Loads the demo into a fresh SQLite file (`baocao demo --no-serve`), starts `baocao serve`
 * (serving the built `web/dist`: run `npm run build -w web` first), then opens the cold screens
 * in headless Chromium throttled through the DevTools protocol to 1.6 Mbps down, 750 kbps up and
 * 150 ms round trip (a commune on a weak 3G/4G signal): each run is a new browser context (empty
 * cache, no service worker yet), signed in through the API before the page is opened, so only
 * the screen itself is measured. For each screen: bytes on the wire (the sum of the responses'
 * encoded lengths, as Chromium received them) until the screen is usable, the same once the
 * network is idle (with what the service worker precaches), first contentful paint and the time
 * until the screen is usable. Prints a table, writes bench/results/web-weight-<label>.json.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { DEMO_PASSWORD } from "../src/cli/demo-accounts.ts";
import { runBaocao, serveBaocao } from "./baocao-process.ts";

const ROOT = join(import.meta.dirname, "..");
const CHROMIUM = process.env.BAOCAO_CHROMIUM ?? "/usr/bin/chromium";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    port: { type: "string", default: "3201" },
    label: { type: "string", default: "now" },
  },
});
const runs = Number(args.runs);
const base = `http://127.0.0.1:${args.port}`;

/** The line: 1.6 Mbps down, 750 kbps up, 150 ms round trip (bytes per second for CDP). */
const LINE = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (750 * 1_000) / 8,
};

/** The screens measured: who signs in, where they go, and what shows the screen is usable. */
const SCREENS = [
  {
    name: "reporter entry (phuong1, /entry)",
    user: "phuong1",
    path: "/entry?unit=PHUONG_1&period=2023-08",
    ready: '[data-testid="value-jobs_created-total"]',
  },
  {
    name: "office dashboard (vanphong, /)",
    user: "vanphong",
    path: "/?unit=NGA_NAM&period=2023-08",
    ready: '[data-testid="line-rice_output"]',
  },
] as const;

interface Measure {
  readonly bytesUsable: number;
  readonly bytesIdle: number;
  readonly requests: number;
  readonly firstContentfulPaintMs: number;
  readonly usableMs: number;
  readonly files: readonly { url: string; bytes: number }[];
}

async function measure(context: BrowserContext, screen: (typeof SCREENS)[number]) {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", LINE);
  const urls = new Map<string, string>();
  const bytes = new Map<string, number>();
  cdp.on("Network.requestWillBeSent", (e) => urls.set(e.requestId, e.request.url));
  cdp.on("Network.loadingFinished", (e) => bytes.set(e.requestId, e.encodedDataLength));
  const total = () => [...bytes.values()].reduce((sum, b) => sum + b, 0);
  const started = Date.now();
  await page.goto(`${base}${screen.path}`);
  await page.waitForSelector(screen.ready, { timeout: 120_000 });
  const usableMs = Date.now() - started;
  const bytesUsable = total();
  await page.waitForLoadState("networkidle");
  // Give a service worker time to precache, then wait for the line to be quiet again.
  await page.waitForTimeout(3_000);
  await page.waitForLoadState("networkidle");
  const fcp = await page.evaluate(
    () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? -1,
  );
  const files = [...bytes.entries()]
    .map(([id, b]) => ({ url: (urls.get(id) ?? "?").replace(base, ""), bytes: b }))
    .sort((a, b) => b.bytes - a.bytes);
  await page.close();
  return {
    bytesUsable,
    bytesIdle: total(),
    requests: bytes.size,
    firstContentfulPaintMs: Math.round(fcp),
    usableMs,
    files,
  } satisfies Measure;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  // Taken before the demo loads: read at the end it said how loaded the runs had left the machine.
  const loadAverageAtStart = os.loadavg()[0];
  const dir = mkdtempSync(join(os.tmpdir(), "baocao-web-weight-"));
  const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, "demo.db")}` };
  console.log("loading the demo …");
  await runBaocao(["demo", "--no-serve"], env);
  const server = await serveBaocao(Number(args.port), env);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const results = [];
    for (const screen of SCREENS) {
      const measures: Measure[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({
          viewport: { width: 390, height: 844 },
          locale: "vi-VN",
        });
        const login = await context.request.post(`${base}/api/auth/login`, {
          data: { username: screen.user, password: DEMO_PASSWORD },
        });
        if (!login.ok()) throw new Error(`sign in ${screen.user}: ${login.status()}`);
        measures.push(await measure(context, screen));
        await context.close();
      }
      const pick = (f: (m: Measure) => number) => median(measures.map(f));
      results.push({
        screen: screen.name,
        runs: measures.length,
        bytesUsable: pick((m) => m.bytesUsable),
        bytesIdle: pick((m) => m.bytesIdle),
        requests: pick((m) => m.requests),
        firstContentfulPaintMs: pick((m) => m.firstContentfulPaintMs),
        usableMs: pick((m) => m.usableMs),
        largestFiles: measures[0]?.files.slice(0, 8) ?? [],
      });
    }
    for (const r of results)
      console.log(
        `${r.screen}: ${kb(r.bytesUsable)} until usable (${kb(r.bytesIdle)} at idle, ${r.requests} requests), first contentful paint ${r.firstContentfulPaintMs} ms, usable ${r.usableMs} ms`,
      );
    const summary = {
      command: `npm run bench:web -- --runs ${runs} --label ${args.label}`,
      at: new Date().toISOString(),
      machine: `${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, Node ${process.version}, ${browser.version()}`,
      loadAverageAtStart,
      loadAverageAtEnd: os.loadavg()[0],
      line: "1.6 Mbps down, 750 kbps up, 150 ms RTT (CDP Network.emulateNetworkConditions)",
      viewport: "390 × 844",
      results,
    };
    writeFileSync(
      join(ROOT, `bench/results/web-weight-${args.label}.json`),
      `${JSON.stringify(summary, null, 2)}\n`,
    );
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
