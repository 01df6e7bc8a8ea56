import type { ErrorCode } from "../error-codes.ts";
import type { WriteOptions } from "./inputs.ts";
import type { ProblemList } from "./problems.ts";
import type { RegisterName } from "./register-definition.ts";

/** A row that passed its checks: its key, and the record to store (undefined for a delete). */
export interface CheckedRow<R> {
  readonly index: number;
  readonly key: string;
  readonly record: R | undefined;
  readonly expectedVersion?: number;
}

/** Reports a problem of one field of the row being checked. */
export type FieldFail = (field: string, code: ErrorCode, message: string) => void;

/** A field's own failure callback: the field checkers name the code and message, this the field. */
export const failAt =
  (fail: FieldFail, field: string) =>
  (code: ErrorCode, message: string): void =>
    fail(field, code, message);

/** How one register's rows are checked: the key fields alone (deletes), and the whole row. */
export interface RowRules<I, R> {
  /** Checks the key fields and returns the key, or undefined after reporting. */
  readonly key: (input: I, fail: FieldFail) => string | undefined;
  /** Checks every field and returns the normalised record, or undefined after reporting. */
  readonly record: (input: I, fail: FieldFail) => R | undefined;
  /** How a key reads in a message about a duplicate ("dự án DA_H03"). */
  readonly describe: (key: string) => string;
  /** The field a duplicate is reported on (the first key field). */
  readonly keyField: string;
}

/** Row rules with the register whose rows they check (a register definition is one). */
export type RegisterRules<I, R> = RowRules<I, R> & { readonly register: RegisterName };

/**
 * Checks every row of a register part: fields, then that no key is written twice in one batch.
 * Problems go to `problems`; rows with problems are left out of the result.
 */
export function checkRows<I extends WriteOptions, R>(
  inputs: readonly I[],
  rules: RegisterRules<I, R>,
  problems: ProblemList,
): CheckedRow<R>[] {
  const rows: CheckedRow<R>[] = [];
  const first = new Map<string, number>();
  inputs.forEach((input, index) => {
    let ok = true;
    const fail: FieldFail = (field, code, message) => {
      ok = false;
      problems.add(rules.register, index, field, code, message);
    };
    const key = rules.key(input, fail);
    const record = input.delete ? undefined : rules.record(input, fail);
    if (!ok || key === undefined) return;
    const earlier = first.get(key);
    if (earlier !== undefined) {
      problems.add(
        rules.register,
        index,
        rules.keyField,
        "register.duplicate",
        `${rules.describe(key)} được ghi hai lần trong cùng một lần nhập.`,
      );
      return;
    }
    first.set(key, index);
    rows.push({
      index,
      key,
      record,
      ...(input.expectedVersion !== undefined ? { expectedVersion: input.expectedVersion } : {}),
    });
  });
  return rows;
}
