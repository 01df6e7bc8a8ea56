import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isBaocaoError } from "../../src/core/errors.ts";
import { Engine, type ImportSummary } from "../../src/engine/index.ts";
import {
  type FileProblem,
  type InputFile,
  locateImportError,
  readImportFiles,
} from "../../src/formats/index.ts";
import { migrateToLatest, type Store } from "../../src/store/index.ts";

const fixtures = join(import.meta.dirname, "../fixtures/registers");

/** A fixture file by name. */
export function fixture(name: string): InputFile & { readonly text: string } {
  return { name, text: readFileSync(join(fixtures, name), "utf8") };
}

/** The register files of the fixture, built from the figures of the August 2023 report. */
export const REGISTER_FILES = [
  "projects.csv",
  "capital-plans.csv",
  "commitments.csv",
  "disbursements.csv",
  "site-clearance.csv",
  "tasks.csv",
  "task-progress.csv",
];

/** Who imports in tests. */
export const importer = { by: "clerk", via: "import" } as const;

/** Imports files the way `baocao import` does, with errors located in the files. */
export async function importFiles(
  engine: Engine,
  files: readonly InputFile[],
): Promise<ImportSummary> {
  const { bundle, origins } = readImportFiles(files);
  return engine.import(bundle, importer).catch((error: unknown) => {
    throw locateImportError(error, origins);
  });
}

/** The problems an import reports, as [file, line, column, code]. */
export async function problemsOf(
  engine: Engine,
  files: readonly InputFile[],
): Promise<(string | number | undefined)[][]> {
  try {
    await importFiles(engine, files);
  } catch (error) {
    if (!isBaocaoError(error) || !Array.isArray(error.details.problems)) throw error;
    return (error.details.problems as FileProblem[]).map((p) => [p.file, p.line, p.column, p.code]);
  }
  return [];
}

/** An engine on a fresh store holding the fixture's units (and, unless told, its registers). */
export async function registerEngine(
  store: Store,
  options: { registers?: boolean; clock?: () => string } = {},
): Promise<Engine> {
  await migrateToLatest(store);
  const engine = await Engine.open(store, {
    clock: options.clock ?? (() => "2023-09-20T08:00:00.000Z"),
  });
  await importFiles(engine, [fixture("catalogue.yaml")]);
  if (options.registers !== false) await importFiles(engine, REGISTER_FILES.map(fixture));
  return engine;
}
