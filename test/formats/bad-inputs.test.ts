import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { BaocaoError } from "../../src/core/errors.ts";
import { Engine } from "../../src/engine/index.ts";
import {
  confirmFormUpload,
  locateImportError,
  openImportFiles,
  previewFormUpload,
  readFormWorkbook,
  readValuesCsv,
} from "../../src/formats/index.ts";
import { migrateToLatest, type Store } from "../../src/store/index.ts";
import { dumpHash } from "../support/dump-hash.ts";
import { describeEachEngine } from "../support/engines.ts";

const dir = join(import.meta.dirname, "../fixtures/bad-inputs");
const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const importer = { by: "test", via: "import" } as const;

/** Each bad file: the error code it gives and where the message must point. */
const CORPUS: readonly [file: string, code: string, where: string][] = [
  ["utf8-bom-semicolon.csv", "value.out_of_range", "dòng 3, cột 5 (value)"],
  ["utf16le.csv", "value.out_of_range", "dòng 3, cột 5 (value)"],
  ["utf16be.csv", "value.out_of_range", "dòng 3, cột 5 (value)"],
  ["windows-1258.csv", "value.out_of_range", "dòng 3, cột 5 (value)"],
  ["windows-1252.csv", "value.out_of_range", "dòng 3, cột 5 (value)"],
  ["tab-separated.csv", "value.out_of_range", "dòng 3, cột 5 (value)"],
  ["mixed-line-endings.csv", "value.out_of_range", "dòng 4, cột 5 (value)"],
  ["pipe-separated.csv", "import.missing_column", "dòng 1"],
  ["ambiguous-number.csv", "import.ambiguous_number", "dòng 2, cột 5 (value)"],
  ["mixed-number-styles.csv", "import.mixed_number_styles", "dòng 3, cột 5 (value)"],
  ["empty-unit-cell.csv", "import.empty_cell", "dòng 3, cột 1 (unit)"],
  ["derived-indicator.csv", "value.derived_indicator", "dòng 2, cột 2 (indicator)"],
  ["out-of-range.csv", "value.out_of_range", "dòng 2, cột 5 (value)"],
  ["empty.csv", "import.empty", "dòng 1"],
  ["binary.csv", "import.encoding", "tệp binary.csv"],
  ["truncated.xlsx", "xlsx.unreadable", "tệp truncated.xlsx"],
  ["renamed-sheet.xlsx", "xlsx.missing_sheet", "Biểu 01"],
  ["edited-key.xlsx", "xlsx.edited_key", "Biểu 01!I"],
];

/** Imports one file the way `baocao import` does; the error it ends with, if any. */
async function importFile(engine: Engine, name: string): Promise<unknown> {
  try {
    if (name.endsWith(".xlsx")) {
      const upload = await readFormWorkbook(bytes(name), name);
      const preview = await previewFormUpload(engine, upload.entries);
      await confirmFormUpload(engine, preview, name, "test");
    } else {
      const read = await openImportFiles([{ name, bytes: bytes(name) }]);
      await engine.import(read.bundle, importer).catch((error: unknown) => {
        throw locateImportError(error, read.origins, read.registerOrigins);
      });
    }
  } catch (error) {
    return error;
  }
  return undefined;
}

it("decodes each encoding to the same Vietnamese text (tone marks of Windows-1258 composed)", () => {
  const notes = (name: string) => readValuesCsv(bytes(name), name).map((r) => r.input.note);
  const vietnamese = ["ghi chú: số liệu ước tính", "Đường phố"];
  for (const name of ["utf8-bom-semicolon.csv", "utf16le.csv", "utf16be.csv", "windows-1258.csv"])
    expect(notes(name), name).toEqual(vietnamese);
  expect(notes("windows-1252.csv")).toEqual(["café crème", "Ångström"]);
  expect(notes("windows-1258.csv")[0]?.normalize("NFC")).toBe(notes("windows-1258.csv")[0]);
});

describeEachEngine(
  "bad-input corpus: a located Vietnamese error, the database unchanged",
  (fresh) => {
    let store: Store;
    let engine: Engine;
    let before: string;
    beforeAll(async () => {
      store = await fresh();
      await migrateToLatest(store);
      engine = await Engine.open(store, { clock: () => "2023-08-20T08:00:00.000Z" });
      const read = await openImportFiles([
        { name: "catalogue.yaml", bytes: bytes("catalogue.yaml") },
        { name: "values.csv", bytes: bytes("values.csv") },
      ]);
      await engine.import(read.bundle, importer);
      before = await dumpHash(store);
    }, 60_000);
    afterAll(() => store.close());

    for (const [file, code, where] of CORPUS)
      it(`${file}: ${code} at ${where}`, async () => {
        const error = await importFile(engine, file);
        expect(error).toBeInstanceOf(BaocaoError);
        // File problems come as "import.invalid" listing each problem with its own code.
        const { code: outer, details } = error as BaocaoError;
        const problems = details.problems as { code: string }[] | undefined;
        expect(outer === "import.invalid" ? problems?.[0]?.code : outer).toBe(code);
        const message = (error as BaocaoError).message;
        expect(message).toContain(`tệp ${file}`);
        expect(message).toContain(where);
        // Vietnamese words, not an English library message.
        expect(message).toMatch(/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i);
        expect(await dumpHash(store)).toBe(before);
      });

    it("empty-value.csv: an empty value cell changes nothing (no error, nothing written)", async () => {
      const read = await openImportFiles([
        { name: "empty-value.csv", bytes: bytes("empty-value.csv") },
      ]);
      const summary = await engine.import(read.bundle, importer);
      expect(summary.values).toEqual({ created: 0, updated: 0, deleted: 0, unchanged: 0 });
      expect(read.skipped()).toBe(1);
      expect(await dumpHash(store)).toBe(before);
    });
  },
);
