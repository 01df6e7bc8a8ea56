/**
 * The layering rule of ARCHITECTURE.md as data, and a checker over source files.
 * `core ← store ← engine ← formats ← report ← server, cli`: a layer may import itself and the layers
 * listed for it, nothing else. The core may not touch Node, a database or HTTP at all.
 */
export const LAYERS = [
  "core",
  "store",
  "engine",
  "formats",
  "report",
  "extract",
  "services",
  "server",
  "cli",
] as const;
export type Layer = (typeof LAYERS)[number];

/** Which layers each layer may import from. */
export const ALLOWED: Readonly<Record<Layer, readonly Layer[]>> = {
  core: ["core"],
  store: ["core", "store"],
  engine: ["core", "store", "engine"],
  formats: ["core", "store", "engine", "formats"],
  report: ["core", "store", "engine", "formats", "report"],
  // Reading past reports back into values: it inverts templates (report) and never reaches the transports.
  extract: ["core", "engine", "formats", "report", "extract"],
  // Application rules between the transports and the engine (dashboard, unit scope, accounts, …);
  // accounts read and write their own repositories (users, grants, audit), as Immich's services do.
  services: ["core", "store", "engine", "formats", "report", "extract", "services"],
  server: ["core", "store", "engine", "formats", "report", "extract", "services", "server"],
  cli: ["core", "store", "engine", "formats", "report", "extract", "services", "server", "cli"],
};

/**
 * What the CLI may import from the server: its entry (`buildApp`, `parseTrustProxy`, to start it)
 * and the API contract (the typed client of `baocao push`). Anything else the CLI needs from there
 * is an application rule, and belongs in `services`.
 */
function cliMayImportFromServer(target: string): boolean {
  return target === "server/index.ts" || target.startsWith("server/contract/");
}

/** Packages that mean I/O; none may appear in the core. */
const CORE_FORBIDDEN_PACKAGES = [
  /^node:/,
  /^(fs|path|os|http|https|net|child_process|crypto|url|worker_threads|stream)(\/|$)/,
  /^(better-sqlite3|pg|kysely|fastify|undici|axios|node-fetch|ws)(\/|$)/,
];

/** Packages only the tests use (dev dependencies). */
const TEST_ONLY_PACKAGES = /^(fast-check|vitest|playwright-core|@vitest\/[^/]+)(\/|$)/;

/** A source file: its path relative to `src/` and its text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** One broken rule, with where it is. */
export interface Violation {
  readonly file: string;
  readonly line: number;
  readonly specifier: string;
  readonly reason: string;
}

const IMPORT =
  /(?:^|\s)(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm;

/** Lists the layering violations in a set of files under `src/`. */
export function checkArchitecture(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    const layer = layerOf(file.path);
    if (!layer) continue;
    for (const { specifier, line, typeOnly } of importsOf(file.text)) {
      const reason = ruleBroken(file.path, layer, specifier, typeOnly);
      if (reason) violations.push({ file: file.path, line, specifier, reason });
    }
  }
  return violations;
}

function ruleBroken(
  path: string,
  layer: Layer,
  specifier: string,
  typeOnly: boolean,
): string | undefined {
  if (specifier.startsWith(".")) {
    const resolved = resolveRelative(path, specifier);
    const target = layerOf(resolved);
    if (target && !ALLOWED[layer].includes(target)) return `${layer} must not import ${target}`;
    if (layer === "cli" && target === "server" && !cliMayImportFromServer(resolved))
      return "the CLI may import only the server's entry (server/index.ts) and its contract";
    // Routes parse, call a service or the engine, and map the answer; they hold no queries.
    if (path.startsWith("server/routes/") && target === "store" && !typeOnly)
      return "a route must not reach the store";
    return undefined;
  }
  if (layer !== "store" && /^kysely(\/|$)/.test(specifier))
    return "only the store may hold SQL (kysely)";
  // Test tools are dev dependencies: production code using one fails where they are not installed.
  if (!path.endsWith(".test.ts") && TEST_ONLY_PACKAGES.test(specifier))
    return "only tests may import test tools (fast-check, vitest, playwright)";
  if (layer === "core" && CORE_FORBIDDEN_PACKAGES.some((p) => p.test(specifier))) {
    return "core must not do I/O (Node, database or HTTP modules)";
  }
  return undefined;
}

function layerOf(path: string): Layer | undefined {
  const first = path.split("/")[0];
  return LAYERS.find((l) => l === first);
}

function resolveRelative(from: string, specifier: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const segment of specifier.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

function importsOf(text: string): { specifier: string; line: number; typeOnly: boolean }[] {
  const found: { specifier: string; line: number; typeOnly: boolean }[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (!specifier) continue;
    const line =
      text.slice(0, match.index).split("\n").length + (match[0].startsWith("\n") ? 1 : 0);
    found.push({ specifier, line, typeOnly: /^\s*(?:import|export)\s+type\s/.test(match[0]) });
  }
  return found;
}
