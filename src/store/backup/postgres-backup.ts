import { execFile } from "node:child_process";
import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { promisify } from "node:util";
import { BaocaoError } from "../../core/errors.ts";
import { redact } from "../config.ts";
import type { BackupSummary } from "./backup.ts";
import { backupExists, notABackup } from "./backup.ts";

const run = promisify(execFile);

/**
 * `pg_dump` in its custom format (compressed, restorable table by table) of the whole database,
 * or of one schema when the store works in one. pg_dump reads one snapshot, so saves that
 * commit meanwhile are either wholly in the copy or not at all.
 */
export async function backupPostgres(
  url: string,
  schema: string | undefined,
  file: string,
): Promise<BackupSummary> {
  if (existsSync(file)) throw backupExists(file);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const scope = schema ? [`--schema=${schema}`] : [];
  try {
    await tool(
      "pg_dump",
      ["--format=custom", "--no-owner", ...scope, `--file=${partial}`, url],
      url,
    );
    await checkPostgresBackup(partial, file, url);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  renameSync(partial, file);
  return { file, bytes: statSync(file).size, engine: "postgres" };
}

/**
 * `pg_restore --clean` in one transaction: every table is dropped and refilled, or, when
 * anything fails, the database stays as it was.
 */
export async function restorePostgres(
  url: string,
  schema: string | undefined,
  file: string,
): Promise<BackupSummary> {
  await checkPostgresBackup(file, file, url);
  const scope = schema ? [`--schema=${schema}`] : [];
  await tool(
    "pg_restore",
    [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--single-transaction",
      ...scope,
      `--dbname=${url}`,
      file,
    ],
    url,
  );
  return { file, bytes: statSync(file).size, engine: "postgres" };
}

/** Throws unless `pg_restore` reads the file's table of contents and it holds baocao's values. */
async function checkPostgresBackup(path: string, shownAs: string, url: string): Promise<void> {
  if (!existsSync(path)) throw notABackup(shownAs, "không tìm thấy tệp");
  let listing: string;
  try {
    listing = (await run("pg_restore", ["--list", path], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch {
    throw notABackup(shownAs, "pg_restore không đọc được tệp");
  }
  if (!/TABLE DATA \S+ data_values /.test(listing))
    throw notABackup(shownAs, `không có bảng số liệu của baocao (${redact(url)})`);
}

/** Runs a PostgreSQL client tool, turning a missing tool or its error into Vietnamese. */
async function tool(name: string, args: readonly string[], url: string): Promise<void> {
  try {
    await run(name, args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { code, stderr } = error as { code?: string; stderr?: string };
    if (code === "ENOENT")
      throw new BaocaoError(
        "backup.tool_missing",
        `Không tìm thấy lệnh ${name}. Cài gói postgresql-client (cùng phiên bản với máy chủ PostgreSQL) rồi chạy lại.`,
        { tool: name },
      );
    const reason = (stderr ?? "").split("\n").find((line) => line.trim()) ?? String(error);
    throw new BaocaoError(
      "backup.failed",
      `${name} không chạy xong với ${redact(url)}: ${reason.replaceAll(url, redact(url))}`,
      { tool: name },
    );
  }
}
