import { isSectorCode } from "../catalogue/index.ts";
import type { ErrorCode } from "../error-codes.ts";
import { tryParsePeriod } from "../periods/index.ts";
import { isIsoDate } from "../time/index.ts";

// Field checks shared by the registers. Each returns the normalised value, or undefined after
// calling `fail` with a Vietnamese message; the caller records the problem against its row.

/** Reports one problem of the field being checked. */
export type Fail = (code: ErrorCode, message: string) => void;

const PROJECT_CODE = /^[A-Z0-9][A-Z0-9_]*$/;
const TASK_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const OPTION_CODE = /^[a-z][a-z0-9_]*$/;
const MONTH = /^\d{4}-\d{2}$/;

/** A project code: upper-case letters, digits and `_` (`DA_H03`). */
export function projectCode(value: unknown, fail: Fail): string | undefined {
  if (typeof value === "string" && PROJECT_CODE.test(value)) return value;
  fail(
    "register.invalid_code",
    `Mã dự án "${String(value ?? "")}" không hợp lệ: chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch dưới (ví dụ DA_H03).`,
  );
  return undefined;
}

/** A task id: letters, digits, `_`, `.`, `-` (`2023-09-T01`). */
export function taskId(value: unknown, fail: Fail): string | undefined {
  if (typeof value === "string" && TASK_ID.test(value)) return value;
  fail(
    "register.invalid_code",
    `Mã nhiệm vụ "${String(value ?? "")}" không hợp lệ: chỉ gồm chữ không dấu, chữ số và các dấu _ . - (ví dụ 2023-09-T01).`,
  );
  return undefined;
}

/** A lower-case code (fund source, programme); "" when empty and allowed. */
export function optionCode(
  value: unknown,
  what: string,
  fail: Fail,
  allowEmpty = true,
): string | undefined {
  const text = value === undefined || value === null ? "" : value;
  if (typeof text === "string" && ((allowEmpty && text === "") || OPTION_CODE.test(text)))
    return text;
  fail(
    "register.invalid_code",
    `Mã ${what} "${String(text)}" không hợp lệ: chữ thường không dấu, chữ số và dấu gạch dưới (ví dụ tinh_quan_ly).`,
  );
  return undefined;
}

/** Non-empty text. */
export function requiredText(value: unknown, what: string, fail: Fail): string | undefined {
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  fail("register.missing", `Thiếu ${what}.`);
  return undefined;
}

/** Optional text, "" when missing. */
export function optionalText(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** An amount of money: a finite number, not negative. */
export function amount(value: unknown, what: string, fail: Fail): number | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    fail("register.invalid_number", `${what} phải là một số.`);
    return undefined;
  }
  if (value < 0) {
    fail("register.negative", `${what} không được âm (nhận được ${value}).`);
    return undefined;
  }
  return value;
}

/** A count of households: a whole number, not negative. */
export function count(value: unknown, what: string, fail: Fail): number | undefined {
  const checked = amount(value, what, fail);
  if (checked === undefined) return undefined;
  if (!Number.isSafeInteger(checked)) {
    fail("register.invalid_number", `${what} phải là số nguyên (nhận được ${checked}).`);
    return undefined;
  }
  return checked;
}

/** An optional amount or count: null when missing. */
export function optional<T>(
  value: unknown,
  check: (v: unknown) => T | undefined,
): T | null | undefined {
  return value === undefined || value === null || value === "" ? null : check(value);
}

/** A month id `YYYY-MM`. */
export function month(value: unknown, what: string, fail: Fail): string | undefined {
  if (typeof value === "string" && MONTH.test(value) && tryParsePeriod(value)?.type === "month")
    return value;
  fail(
    "register.invalid_period",
    `${what} "${String(value ?? "")}" không hợp lệ: cần tháng dạng 2023-08.`,
  );
  return undefined;
}

/** A day `YYYY-MM-DD`. */
export function date(value: unknown, what: string, fail: Fail): string | undefined {
  if (isIsoDate(value)) return value;
  fail(
    "register.invalid_date",
    `${what} "${String(value ?? "")}" không hợp lệ: cần ngày dạng 2023-08-31.`,
  );
  return undefined;
}

/** A year between 1900 and 2200. */
export function year(value: unknown, fail: Fail): number | undefined {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1900 && value <= 2200)
    return value;
  fail("register.invalid_year", `Năm "${String(value ?? "")}" không hợp lệ: cần năm dạng 2023.`);
  return undefined;
}

/** One of a list of codes, with the list in the message. */
export function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  what: string,
  fail: Fail,
): T | undefined {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  fail(
    "register.invalid_choice",
    `${what} "${String(value ?? "")}" không hợp lệ: cần một trong ${allowed.join(", ")}.`,
  );
  return undefined;
}

/** One of the report's four sectors. */
export function sector(value: unknown, fail: Fail) {
  if (isSectorCode(value)) return value;
  fail(
    "register.invalid_choice",
    `Lĩnh vực "${String(value ?? "")}" không hợp lệ: cần economy, culture_society, defence_security hoặc inspection_justice_government.`,
  );
  return undefined;
}

/** A list of unit codes (may be empty). */
export function unitList(value: unknown, fail: Fail): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === "string" && v !== ""))
    return [...value];
  fail("register.invalid_units", "Danh sách đơn vị không hợp lệ: cần các mã đơn vị.");
  return undefined;
}
