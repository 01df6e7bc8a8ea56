/**
 * One thing wrong in a catalogue. `defineCatalogue` collects all of them before failing, so a
 * clerk fixes a file in one pass instead of one error at a time.
 */
export interface CatalogueProblem {
  /** Where, e.g. `indicators[3].unit`. */
  readonly path: string;
  /** Stable problem code, e.g. `catalogue.unknown_unit`. */
  readonly code: string;
  /** Code of the indicator concerned, when there is one. */
  readonly indicator?: string;
  /** What was expected there, in plain words or as a list of allowed values. */
  readonly expected: string;
  /** What was found. */
  readonly received?: unknown;
  /** The problem in Vietnamese, for the person editing the catalogue. */
  readonly message: string;
}

/** A sink that checks write problems into. */
export type ProblemSink = (problem: CatalogueProblem) => void;

/** Codes are used as names in formulas, so they stay simple identifiers. */
export const CODE_PATTERN = /^[a-z][a-z0-9_]*$/;

/** True for a string with something other than spaces. */
export function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

/** Reports a missing or malformed code at `path`; returns the code when it is well formed. */
export function checkCode(
  value: unknown,
  path: string,
  report: ProblemSink,
  indicator?: string,
): string | undefined {
  if (typeof value === "string" && CODE_PATTERN.test(value)) return value;
  report({
    path,
    code: "catalogue.invalid_code",
    ...(indicator === undefined ? {} : { indicator }),
    expected: "mã gồm chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ (a-z0-9_)",
    received: value,
    message: `Mã "${String(value)}" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu "_".`,
  });
  return undefined;
}

/** Reports a missing name (or other required text) at `path`. */
export function checkText(
  value: unknown,
  path: string,
  report: ProblemSink,
  indicator?: string,
): string | undefined {
  if (isNonEmptyString(value)) return value;
  report({
    path,
    code: "catalogue.missing_text",
    ...(indicator === undefined ? {} : { indicator }),
    expected: "một chuỗi không rỗng",
    received: value,
    message: `Thiếu nội dung bắt buộc tại ${path}.`,
  });
  return undefined;
}

/** Reports codes that appear twice in a list, pointing at the later occurrence. */
export function checkDuplicates(
  codes: readonly (string | undefined)[],
  pathOf: (index: number) => string,
  what: string,
  report: ProblemSink,
): void {
  const firstAt = new Map<string, number>();
  codes.forEach((code, index) => {
    if (code === undefined) return;
    const first = firstAt.get(code);
    if (first === undefined) {
      firstAt.set(code, index);
      return;
    }
    report({
      path: pathOf(index),
      code: "catalogue.duplicate_code",
      expected: `mã ${what} chưa dùng (đã dùng tại ${pathOf(first)})`,
      received: code,
      message: `Mã ${what} "${code}" bị trùng (đã dùng tại ${pathOf(first)}).`,
    });
  });
}
