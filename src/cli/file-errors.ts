import { readFileSync, statSync } from "node:fs";
import { BaocaoError } from "../core/errors.ts";

/** Why Node could not read a file, in Vietnamese, for the codes people meet. */
function reasonOf(error: unknown): string {
  switch ((error as { code?: string }).code) {
    case "ENOENT":
      return "không tìm thấy tệp";
    case "EISDIR":
      return "đây là một thư mục, không phải tệp";
    case "EACCES":
    case "EPERM":
      return "không có quyền đọc tệp";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** The refusal of a file that cannot be read (`import.unreadable`), naming it and why. */
export function unreadable(path: string, error: unknown): BaocaoError {
  return new BaocaoError("import.unreadable", `Không đọc được ${path}: ${reasonOf(error)}.`, {
    file: path,
  });
}

/** A file's bytes, or a Vietnamese refusal naming it. */
export function readFileOrRefuse(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw unreadable(path, error);
  }
}

/** A file's size, or a Vietnamese refusal naming it (a folder is refused too). */
export function sizeOrRefuse(path: string): number {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw Object.assign(new Error(path), { code: "EISDIR" });
    return stat.size;
  } catch (error) {
    throw unreadable(path, error);
  }
}
