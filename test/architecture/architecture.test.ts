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

  it("keeps test tools in the tests", () => {
    const files = [
      { path: "core/formula/arbitraries.ts", text: 'import fc from "fast-check";\n' },
      { path: "core/formula/printer.test.ts", text: 'import fc from "fast-check";\n' },
      { path: "engine/helper.ts", text: 'import { expect } from "vitest";\n' },
    ];
    expect(checkArchitecture(files).map((v) => [v.file, v.specifier, v.reason])).toEqual([
      [
        "core/formula/arbitraries.ts",
        "fast-check",
        "only tests may import test tools (fast-check, vitest, playwright)",
      ],
      [
        "engine/helper.ts",
        "vitest",
        "only tests may import test tools (fast-check, vitest, playwright)",
      ],
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

  it("lets the CLI import only the server's entry and its contract", () => {
    const text = [
      'import { buildApp, parseTrustProxy } from "../../server/index.ts";',
      'import { api } from "../../server/contract/index.ts";',
      'import type { ApiCall } from "../../server/contract/client.ts";',
      'import { Accounts } from "../../server/auth/index.ts";',
      'import type { AuthUser } from "../../server/auth/request-user.ts";',
      'import { buildApp as build } from "../../server/app.ts";',
      'import { Accounts as A } from "../../services/accounts/index.ts";',
    ].join("\n");
    const reason = "the CLI may import only the server's entry (server/index.ts) and its contract";
    expect(checkArchitecture([{ path: "cli/commands/x.ts", text }])).toEqual([
      { file: "cli/commands/x.ts", line: 4, specifier: "../../server/auth/index.ts", reason },
      {
        file: "cli/commands/x.ts",
        line: 5,
        specifier: "../../server/auth/request-user.ts",
        reason,
      },
      { file: "cli/commands/x.ts", line: 6, specifier: "../../server/app.ts", reason },
    ]);
  });

  it("keeps services off the server, and lets them use the store", () => {
    const text = [
      'import { UserRepository } from "../../store/index.ts";',
      'import { authorize } from "../../server/auth/index.ts";',
    ].join("\n");
    expect(checkArchitecture([{ path: "services/accounts/x.ts", text }])).toEqual([
      {
        file: "services/accounts/x.ts",
        line: 2,
        specifier: "../../server/auth/index.ts",
        reason: "services must not import server",
      },
    ]);
  });

  it("catches a multi-line import from a higher layer", () => {
    const text = 'import {\n  a,\n  b,\n} from "../../server/app.ts";';
    expect(checkArchitecture([{ path: "core/units/tree.ts", text }])).toHaveLength(1);
  });
});
