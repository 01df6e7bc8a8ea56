import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { BaocaoError } from "../../core/errors.ts";
import { formatNumber } from "../../core/numbers/index.ts";
import { Engine } from "../../engine/index.ts";
import {
  confirmFormUpload,
  type FormChange,
  previewFormUpload,
  readFormWorkbook,
} from "../../formats/index.ts";
import { type CliIo, withMigratedStore } from "../context.ts";

const KIND_VI = {
  new: "mới",
  changed: "sửa",
  unchanged: "không đổi",
  conflict: "xung đột",
} as const;

/**
 * Imports filled XLSX forms: shows what would change (new, changed old → new, conflicts), then
 * writes after a yes on the terminal or with `--yes`; a conflict (a value saved since the form
 * was downloaded) is listed and never overwritten.
 */
export async function importForms(
  io: CliIo,
  paths: readonly string[],
  options: { readonly dryRun?: boolean; readonly yes?: boolean; readonly by: string },
): Promise<void> {
  await withMigratedStore(io, async (store) => {
    const engine = await Engine.open(store);
    for (const path of paths) {
      const file = basename(path);
      const upload = await readFormWorkbook(readFileSync(path), file);
      const preview = await previewFormUpload(engine, upload.entries);
      for (const change of preview.changes.filter((c) => c.kind !== "unchanged"))
        io.err(changeLine(change));
      const count = (kind: FormChange["kind"]) =>
        preview.changes.filter((c) => c.kind === kind).length;
      const summary = (["new", "changed", "unchanged", "conflict"] as const)
        .map((k) => `${count(k)} ${KIND_VI[k]}`)
        .join(", ");
      if (options.dryRun || preview.inputs.length === 0) {
        io.out(`${file}: ${summary} (chưa ghi gì).`);
        continue;
      }
      const yes =
        options.yes ||
        (io.prompt &&
          /^(c|có|y|yes)$/i.test(
            (
              await io.prompt(`Ghi ${preview.inputs.length} thay đổi của ${file}? (c/k) `, false)
            ).trim(),
          ));
      if (!yes)
        throw new BaocaoError(
          "import.not_confirmed",
          `${file}: ${summary}; chưa ghi gì (thêm --yes để ghi khi không chạy trên màn hình).`,
          {},
        );
      await confirmFormUpload(engine, preview, file, options.by);
      io.out(`${file}: đã ghi ${preview.inputs.length} giá trị (${summary}).`);
    }
  });
}

function changeLine(c: FormChange): string {
  const shown = (v: number | string | null) =>
    v === null ? "trống" : typeof v === "number" ? formatNumber(v, { locale: "vi" }) : `"${v}"`;
  const what = `${c.cell} ${c.indicator}${c.disaggregation ? ` [${c.disaggregation}]` : ""} ${c.unit} ${c.period}`;
  if (c.kind === "conflict")
    return `  Xung đột ${what}: trong tệp ${shown(c.uploaded)}, trên hệ thống đã có ${shown(c.stored)}${c.storedBy ? ` (${c.storedBy} sửa)` : ""} sau khi tải biểu — không ghi đè.`;
  if (c.kind === "new") return `  Mới ${what}: ${shown(c.uploaded)}`;
  return `  Sửa ${what}: ${shown(c.stored)} → ${shown(c.uploaded)}`;
}
