import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import { BaocaoError, isBaocaoError } from "../../core/errors.ts";
import { Engine, type ImportSummary } from "../../engine/index.ts";
import {
  describeLocation,
  type FileProblem,
  locateImportError,
  readImportFiles,
} from "../../formats/index.ts";
import { type CliIo, withMigratedStore } from "../context.ts";

/** How many problems are listed before "…và N lỗi khác". */
const SHOWN_PROBLEMS = 20;

/**
 * `baocao import <file…>`: validates catalogue (YAML/JSON) and values (CSV) files and imports
 * them in one transaction — all of it, or nothing when any row fails.
 */
export function registerImport(program: Command, io: CliIo): void {
  program
    .command("import")
    .description(
      "Nhập danh mục (.yaml, .json) và số liệu (.csv); lỗi ở bất kỳ dòng nào thì không ghi gì",
    )
    .argument("<files...>", "các tệp cần nhập")
    .option("--dry-run", "chỉ kiểm tra và báo cáo, không ghi")
    .option("--by <user>", "người nhập, ghi vào nhật ký thay đổi", "cli")
    .action(async (paths: string[], options: { dryRun?: boolean; by: string }) => {
      const files = paths.map((path) => ({ name: basename(path), text: readInput(path) }));
      try {
        const { bundle, origins, rows } = readImportFiles(files);
        await withMigratedStore(io, async (store) => {
          const engine = await Engine.open(store);
          const summary = await engine
            .import(
              bundle,
              { by: options.by, via: "import" },
              {
                dryRun: options.dryRun ?? false,
                onProgress: (done, total) => io.progress(`Đang ghi số liệu: ${done}/${total}`),
              },
            )
            .catch((error: unknown) => {
              throw locateImportError(error, origins);
            });
          io.progress("");
          io.out(summaryLine(summary, rows, options.dryRun ?? false));
          for (const line of findingLines(summary)) io.err(line);
        });
      } catch (error) {
        if (isBaocaoError(error) && Array.isArray(error.details.problems))
          throw listProblems(io, error);
        throw error;
      }
    });
}

function readInput(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const reason =
      (error as { code?: string }).code === "ENOENT" ? "không tìm thấy tệp" : String(error);
    throw new BaocaoError("import.unreadable", `Không đọc được ${path}: ${reason}.`, {
      file: path,
    });
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

function summaryLine(s: ImportSummary, rows: number, dryRun: boolean): string {
  const v = s.values;
  const r = s.registers;
  const registerRows = r
    ? [r.projects, r.capitalPlans, r.commitments, r.disbursements, r.siteClearance, r.tasks].reduce(
        (sum, c) => sum + c.created + c.updated + c.deleted + c.unchanged,
        0,
      )
    : 0;
  const parts = [
    `${rows} dòng số liệu đã đọc`,
    `${v.created} giá trị mới`,
    `${v.updated} cập nhật`,
    `${v.deleted} xoá`,
    `${v.unchanged} không đổi`,
    // A rejected row rejects the whole import, so a finished import rejected none.
    "0 bị từ chối",
  ];
  const catalogue = [
    s.units && `${s.units} đơn vị`,
    s.events && `${s.events} sự kiện đơn vị`,
    s.indicators && `${s.indicators} chỉ tiêu`,
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
