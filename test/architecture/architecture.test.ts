import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { checkArchitecture, type SourceFile } from "./check.ts";

const SRC = join(import.meta.dirname, "../../src");

function sourceFiles(): SourceFile[] {
  return readdirSync(SRC, { recursive: true, encoding: "utf8" })
    .filter((p) => /\.(ts|tsx|js|mjs)$/.test(p))
    .map((p) => ({
      path: relative(SRC, join(SRC, p)).replaceAll("\\", "/"),
      text: readFileSync(join(SRC, p), "utf8"),
    }));
}

describe("architecture", () => {
  it("keeps every import pointing the allowed way", () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(10);
    expect(checkArchitecture(files)).toEqual([]);
  });
});

describe("the architecture check itself", () => {
  it("fails on a wrong-way import", () => {
    const files = [
      { path: "store/x.repository.ts", text: 'import { query } from "../engine/query.ts";\n' },
    ];
    expect(checkArchitecture(files)).toEqual([
      {
        file: "store/x.repository.ts",
        line: 1,
        specifier: "../engine/query.ts",
        reason: "store must not import engine",
      },
    ]);
  });

  it("keeps routes off the store (types aside) and SQL in the store", () => {
    const files = [
      {
        path: "server/routes/x.ts",
        text: 'import type { ReportRecord } from "../../store/index.ts";\nimport { openStore } from "../../store/index.ts";\n',
      },
      { path: "engine/y.ts", text: 'import { sql } from "kysely";\n' },
      { path: "store/z.ts", text: 'import { sql } from "kysely";\n' },
    ];
    expect(checkArchitecture(files)).toEqual([
      {
        file: "server/routes/x.ts",
        line: 2,
        specifier: "../../store/index.ts",
        reason: "a route must not reach the store",
      },
      {
        file: "engine/y.ts",
        line: 1,
        specifier: "kysely",
        reason: "only the store may hold SQL (kysely)",
      },
    ]);
  });

  it("fails on Node, database and HTTP imports inside core, on any line and import form", () => {
    const text = [
      'import { readFileSync } from "node:fs";',
      "// a comment",
      'import type { Kysely } from "kysely";',
      'export { x } from "pg";',
      'const f = await import("fastify");',
      'import "better-sqlite3";',
    ].join("\n");
    const lines = checkArchitecture([{ path: "core/formula/parse.ts", text }]).map((v) => [
      v.line,
      v.specifier,
    ]);
    expect(lines).toEqual([
      [1, "node:fs"],
      [3, "kysely"],
      [4, "pg"],
      [5, "fastify"],
      [6, "better-sqlite3"],
    ]);
  });

  it("allows imports down the layers and inside a layer", () => {
    const files = [
      {
        path: "engine/query.ts",
        text: 'import { a } from "../store/index.ts";\nimport { b } from "../core/errors.ts";\nimport { c } from "./rollup.ts";',
      },
      {
        path: "cli/main.ts",
        text: 'import { d } from "../server/index.ts";\nimport { readFileSync } from "node:fs";',
      },
      { path: "core/periods/parse.ts", text: 'import { BaocaoError } from "../errors.ts";' },
    ];
    expect(checkArchitecture(files)).toEqual([]);
  });

  it("catches a multi-line import from a higher layer", () => {
    const text = 'import {\n  a,\n  b,\n} from "../../server/app.ts";';
    expect(checkArchitecture([{ path: "core/units/tree.ts", text }])).toHaveLength(1);
  });
});
