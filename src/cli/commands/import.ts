import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { type Command, Option } from "commander";
import { BaocaoError, isBaocaoError } from "../../core/errors.ts";
import { formatNumber } from "../../core/numbers/index.ts";
import { RECORD_REGISTER_NAMES } from "../../core/registers/index.ts";
import { Engine, type ImportSummary } from "../../engine/index.ts";
// The CSV and catalogue readers by their own modules, not the formats barrel: an import of a
// values file then loads no XLSX or DHIS2 code (a form's .xlsx loads it when it comes).
import { CSV_ENCODINGS, type CsvEncoding, type NumberStyle } from "../../formats/csv/index.ts";
import { describeLocation, type FileProblem } from "../../formats/located-error.ts";
import { locateImportError } from "../../formats/read-import-files.ts";
import { openImportFiles, type StreamedFile } from "../../formats/read-import-stream.ts";
import { type CliIo, withMigratedStore } from "../context.ts";
import { sizeOrRefuse } from "../file-errors.ts";

/** How many problems are listed before "…và N lỗi khác". */
const SHOWN_PROBLEMS = 20;

interface ImportOptions {
  readonly dryRun?: boolean;
  readonly yes?: boolean;
  readonly by: string;
  readonly numbers?: NumberStyle;
  readonly clearEmpty?: boolean;
  readonly encoding?: CsvEncoding;
}

/**
 * `baocao import <file…>`: validates catalogue (YAML/JSON), values and register (CSV) files and
 * imports them in one transaction — all of it, or nothing when any row fails. Values files are
 * read as they are written, so their size is bounded by the disk, not by memory.
 */
export function registerImport(program: Command, io: CliIo): void {
  program
    .command("import")
    .description(
      "Nhập danh mục (.yaml, .json), số liệu và sổ theo dõi (.csv); lỗi ở bất kỳ dòng nào thì không ghi gì",
    )
    .argument("<files...>", "các tệp cần nhập (.yaml, .json, .csv; hoặc biểu mẫu .xlsx đã điền)")
    .option("--dry-run", "chỉ kiểm tra và báo cáo, không ghi")
    .option("-y, --yes", "biểu mẫu .xlsx: ghi các thay đổi không cần hỏi lại")
    .option("--by <user>", "người nhập, ghi vào nhật ký thay đổi", "cli")
    .addOption(
      new Option(
        "--numbers <style>",
        "cách viết số trong tệp: vi (1.234,5) hoặc en (1,234.5); mặc định chỉ nhận số không thể hiểu hai cách",
      ).choices(["vi", "en"]),
    )
    .option("--clear-empty", "ô giá trị để trống thì xoá số liệu đã lưu (mặc định: không đổi gì)")
    .addOption(
      new Option("--encoding <name>", "bảng mã của tệp CSV (mặc định: tự nhận ra)").choices([
        ...CSV_ENCODINGS,
      ]),
    )
    .action(async (paths: string[], options: ImportOptions) => {
      const forms = paths.filter((p) => /\.xlsx$/i.test(p));
      if (forms.length > 0 && forms.length < paths.length)
        throw new BaocaoError(
          "import.mixed_kinds",
          "Biểu mẫu .xlsx được nhập riêng, không cùng lệnh với tệp danh mục hay CSV.",
          {},
        );
      if (forms.length > 0) {
        try {
          const { importForms } = await import("./import-form.ts");
          await importForms(io, forms, options);
        } catch (error) {
          if (isBaocaoError(error) && Array.isArray(error.details.problems))
            throw listProblems(io, error);
          throw error;
        }
        return;
      }
      const progress = new ByteProgress(io, paths);
      try {
        const read = await openImportFiles(
          paths.map((path) => progress.file(path)),
          {
            ...(options.numbers ? { numbers: options.numbers } : {}),
            ...(options.clearEmpty ? { clearEmpty: true } : {}),
            ...(options.encoding ? { encoding: options.encoding } : {}),
          },
        );
        await withMigratedStore(io, async (store) => {
          const engine = await Engine.open(store);
          const summary = await engine
            .import(
              read.bundle,
              { by: options.by, via: "import" },
              {
                dryRun: options.dryRun ?? false,
                onProgress: (done) => progress.show(done),
              },
            )
            .catch((error: unknown) => {
              throw locateImportError(error, read.origins, read.registerOrigins);
            });
          progress.clear();
          io.out(summaryLine(summary, read.rows(), read.skipped(), options.dryRun ?? false));
          for (const line of findingLines(summary)) io.err(line);
        });
      } catch (error) {
        progress.clear();
        if (isBaocaoError(error) && Array.isArray(error.details.problems))
          throw listProblems(io, error);
        throw error;
      }
    });
}

/** Reads files in chunks, counting bytes, to show how far an import is (on a terminal only). */
class ByteProgress {
  private read = 0;
  private readonly total: number;
  private shown = 0;

  constructor(
    private readonly io: CliIo,
    paths: readonly string[],
  ) {
    this.total = paths.reduce((n, path) => n + sizeOrRefuse(path), 0);
  }

  file(path: string): StreamedFile {
    const self = this;
    return {
      name: basename(path),
      chunks: (async function* () {
        for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
          self.read += (chunk as Buffer).byteLength;
          yield chunk as Buffer;
        }
      })(),
    };
  }

  show(rows: number): void {
    const now = Date.now();
    if (now - this.shown < 200) return;
    this.shown = now;
    const pct = this.total > 0 ? Math.floor((this.read / this.total) * 100) : 100;
    this.io.progress(`Đang nhập: ${formatNumber(rows, { locale: "vi" })} dòng số liệu (${pct}%)`);
  }

  clear(): void {
    this.io.progress("");
  }
}

/** Prints every located problem on stderr and returns the one-line error the CLI ends with. */
function listProblems(io: CliIo, error: BaocaoError): BaocaoError {
  const problems = error.details.problems as FileProblem[];
  if (problems.length <= 1) return error;
  for (const p of problems.slice(0, SHOWN_PROBLEMS))
    io.err(`  ${describeLocation(p)}: ${p.message}`);
  if (problems.length > SHOWN_PROBLEMS)
    io.err(`  … và ${problems.length - SHOWN_PROBLEMS} lỗi khác`);
  return new BaocaoError(
    error.code,
    `${problems.length} lỗi; không có gì được ghi.`,
    error.details,
  );
}

function summaryLine(s: ImportSummary, rows: number, skipped: number, dryRun: boolean): string {
  const v = s.values;
  const r = s.registers;
  const registerRows = r
    ? RECORD_REGISTER_NAMES.map((name) => r[name]).reduce(
        (sum, c) => sum + c.created + c.updated + c.deleted + c.unchanged,
        0,
      )
    : 0;
  const parts = [
    `${rows + skipped} dòng số liệu đã đọc`,
    `${v.created} giá trị mới`,
    `${v.updated} cập nhật`,
    `${v.deleted} xoá`,
    `${v.unchanged} không đổi`,
    ...(skipped > 0 ? [`${skipped} dòng để trống giá trị (giữ nguyên số đã lưu)`] : []),
    // A rejected row rejects the whole import, so a finished import rejected none.
    "0 bị từ chối",
  ];
  const catalogue = [
    s.units && `${s.units} đơn vị`,
    s.events && `${s.events} sự kiện đơn vị`,
    s.indicators && `${s.indicators} chỉ tiêu`,
    s.targetKinds && `${s.targetKinds} loại chỉ tiêu`,
    s.targets && `${s.targets} chỉ tiêu kế hoạch`,
    s.rules && `${s.rules} quy tắc kiểm tra`,
    s.regimes && `${s.regimes} chế độ báo cáo`,
    registerRows && `${registerRows} dòng sổ theo dõi (dự án, giải phóng mặt bằng, nhiệm vụ)`,
  ].filter(Boolean);
  const head = dryRun ? "Kiểm tra xong (chạy thử, chưa ghi gì)" : "Đã nhập";
  return `${head}: ${[...catalogue, ...parts].join(", ")}.`;
}

/** Questionable register data is kept as entered and listed, one line each. */
function findingLines(s: ImportSummary): string[] {
  return (s.registers?.findings ?? []).map((f) => `Cần xem lại: ${f.message}`);
}
