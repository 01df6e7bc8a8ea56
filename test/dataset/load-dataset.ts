import { join } from "node:path";
import { referenceDatasetFiles } from "../../src/cli/reference-dataset.ts";
import type { Engine, ImportSummary } from "../../src/engine/index.ts";
import { readImportFiles } from "../../src/formats/index.ts";

/** The reference dataset's folder. */
export const DATASET = join(import.meta.dirname, "../../datasets/nga-nam-2023");

/** Imports the reference dataset's catalogue and values into an engine. */
export async function loadReferenceDataset(engine: Engine): Promise<ImportSummary> {
  return engine.import(readImportFiles(referenceDatasetFiles()).bundle, {
    by: "dataset",
    via: "import",
  });
}
