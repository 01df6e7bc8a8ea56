import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { InputFile } from "../formats/index.ts";

/** The reference dataset shipped with baocao: Ngã Năm town, 2022–2023. */
export const REFERENCE_DATASET = fileURLToPath(
  new URL("../../datasets/nga-nam-2023/", import.meta.url),
);

/** The dataset's importable files: the catalogue, every values file, then the registers. */
export function referenceDatasetFiles(dir = REFERENCE_DATASET): InputFile[] {
  // A dataset without registers (a commune's report has no project list) simply has no folder.
  const csvIn = (folder: string) =>
    (existsSync(`${dir}${folder}`) ? readdirSync(`${dir}${folder}`) : [])
      .filter((f) => f.endsWith(".csv"))
      .sort()
      .map((f) => `${folder}/${f}`);
  return ["catalogue.yaml", ...csvIn("data"), ...csvIn("registers")].map((name) => ({
    name,
    text: readFileSync(`${dir}${name}`, "utf8"),
  }));
}
