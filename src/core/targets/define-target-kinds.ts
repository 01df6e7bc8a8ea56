import { BaocaoError } from "../errors.ts";
import type { TargetProblem } from "./define-targets.ts";
import type { TargetKindInfo } from "./target-kind.ts";

/** A target kind as read from a file or a form: checked field by field. */
export type TargetKindInput = { readonly [K in keyof TargetKindInfo]?: unknown };

/** Codes are what formulas write (`target(x, du_toan_hdnd)`): a letter, then letters, digits, _. */
const CODE = /^[a-z][a-z0-9_]*$/;

/**
 * Validates a list of target kinds (codes usable in formulas, both names and the phrase after
 * "so với" given, no code twice); collects every problem, then throws `targets.invalid_kinds`.
 * @example defineTargetKinds([{ code: "du_toan_hdnd", nameVi: "Dự toán HĐND xã giao", nameEn: "Budget estimate", phraseVi: "dự toán HĐND xã giao" }])
 */
export function defineTargetKinds(inputs: readonly TargetKindInput[]): readonly TargetKindInfo[] {
  const problems: TargetProblem[] = [];
  const seen = new Set<string>();
  const kinds: TargetKindInfo[] = [];
  inputs.forEach((input, i) => {
    const before = problems.length;
    const report = (field: keyof TargetKindInfo, expected: string, message: string) =>
      problems.push({
        path: `targetKinds[${i}].${field}`,
        code: "targets.invalid_kinds",
        expected,
        received: input[field],
        message,
      });
    const { code, nameVi, nameEn, phraseVi, description } = input;
    if (typeof code !== "string" || !CODE.test(code))
      report(
        "code",
        "chữ thường không dấu, số và _, vd. du_toan_hdnd",
        `Mã loại chỉ tiêu "${String(code ?? "")}" phải là chữ thường không dấu, số và dấu _, bắt đầu bằng chữ.`,
      );
    else if (seen.has(code))
      report("code", "một mã chưa dùng", `Mã loại chỉ tiêu "${code}" ghi hai lần.`);
    else seen.add(code);
    for (const [field, value, label] of [
      ["nameVi", nameVi, "tên tiếng Việt"],
      ["nameEn", nameEn, "tên tiếng Anh"],
      ["phraseVi", phraseVi, "cách gọi sau “so với”"],
    ] as const)
      if (typeof value !== "string" || value.trim() === "")
        report(field, label, `Thiếu ${label} của loại chỉ tiêu.`);
    if (description !== undefined && typeof description !== "string")
      report("description", "một đoạn văn", "Mô tả phải là chữ.");
    if (problems.length > before) return;
    const t = input as TargetKindInfo;
    kinds.push({
      code: t.code,
      nameVi: t.nameVi.trim(),
      nameEn: t.nameEn.trim(),
      phraseVi: t.phraseVi.trim(),
      ...(t.description?.trim() ? { description: t.description.trim() } : {}),
    });
  });
  if (problems.length > 0)
    throw new BaocaoError(
      "targets.invalid_kinds",
      `Danh sách loại chỉ tiêu có ${problems.length} lỗi cần sửa: ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`,
      { problems },
    );
  return kinds;
}
