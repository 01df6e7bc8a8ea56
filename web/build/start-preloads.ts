import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { HtmlTagDescriptor, Plugin } from "vite";

interface Chunk {
  readonly type: "chunk";
  readonly fileName: string;
  readonly moduleIds: readonly string[];
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
}
type Bundle = Record<string, Chunk | { readonly type: "asset" }>;

/** The pages of `src/pages.ts`: each path with the module it imports. */
function pageModules(src: string): [path: string, module: string][] {
  const text = readFileSync(join(src, "pages.ts"), "utf8");
  const found = [...text.matchAll(/"([^"]+)":\s*\(\)\s*=>\s*import\("\.\/([^"]+)"\)/g)];
  if (found.length === 0) throw new Error("start-preloads: no page found in src/pages.ts");
  return found.map((m) => [m[1] ?? "", join(src, m[2] ?? "")]);
}

/** `file` and every chunk it imports, directly or not (not its dynamic imports). */
function closure(bundle: Bundle, file: string, into = new Set<string>()): Set<string> {
  const chunk = bundle[file];
  if (into.has(file) || chunk?.type !== "chunk") return into;
  into.add(file);
  for (const next of chunk.imports) closure(bundle, next, into);
  return into;
}

/**
 * The page's first script (`src/main.tsx`) is small and loads the app with a dynamic import, so
 * index.html would not name the app's code: on a slow line the browser would wait for main.js
 * before asking for it. This plugin writes into index.html (1) `modulepreload` links for the
 * app's code (what main.js imports, directly or not) and (2) each page's own code files, as
 * `<script type="application/json" id="page-files">` (data, not a script: the CSP allows it), from
 * which main.js asks for the start page's files at once, alongside the app's code.
 */
export function startPreloads(src: string): Plugin {
  return {
    name: "baocao:start-preloads",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const bundle = ctx.bundle as Bundle | undefined;
        const entry = ctx.chunk as Chunk | undefined;
        if (!bundle || !entry) return [];
        const loaded = closure(bundle, entry.fileName);
        const app = new Set<string>();
        for (const file of entry.dynamicImports) closure(bundle, file, app);
        for (const file of loaded) app.delete(file);
        const files: string[] = [];
        const pages: Record<string, number[]> = {};
        for (const [path, module] of pageModules(src)) {
          const chunk = Object.values(bundle).find(
            (c): c is Chunk => c.type === "chunk" && c.moduleIds.includes(module),
          );
          if (!chunk) throw new Error(`start-preloads: no chunk for ${module}`);
          pages[path] = [...closure(bundle, chunk.fileName)]
            .filter((file) => !loaded.has(file) && !app.has(file))
            .map((file) => {
              if (!files.includes(file)) files.push(file);
              return files.indexOf(file);
            });
        }
        const tags: HtmlTagDescriptor[] = [...app].map((file) => ({
          tag: "link",
          attrs: { rel: "modulepreload", crossorigin: true, href: `/${file}` },
          injectTo: "head",
        }));
        tags.push({
          tag: "script",
          attrs: { type: "application/json", id: "page-files" },
          children: JSON.stringify({ files: files.map((f) => `/${f}`), pages }),
          injectTo: "head",
        });
        return tags;
      },
    },
  };
}
