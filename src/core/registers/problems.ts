import type { ErrorCode } from "../error-codes.ts";
import { BaocaoError } from "../errors.ts";
import type { RegisterName } from "./register-definition.ts";
import { REGISTER_NAMES, registerLabel } from "./registers.ts";

/** One thing wrong with one register row: which register, which row (0-based), which field. */
export interface RegisterProblem {
  readonly register: RegisterName;
  readonly index: number;
  readonly field?: string;
  readonly code: ErrorCode;
  readonly message: string;
}

/** How many problems a check lists before it stops looking. */
export const MAX_REGISTER_PROBLEMS = 100;

/**
 * The error for a list of register problems: the first one in the message (with the row), all of
 * them in `details.problems`, so an importer can point at every cell to fix.
 */
export function registerProblemsError(problems: readonly RegisterProblem[]): BaocaoError {
  const first = problems[0];
  if (!first) return new BaocaoError("register.invalid", "Sổ theo dõi không hợp lệ.");
  const more = problems.length > 1 ? ` (và ${problems.length - 1} lỗi khác)` : "";
  return new BaocaoError(
    first.code,
    `${registerLabel(first.register)}, mục ${first.index + 1}: ${first.message}${more}`,
    {
      register: first.register,
      index: first.index,
      ...(first.field ? { field: first.field } : {}),
      problems,
    },
  );
}

/** Collects problems of one register; `fail` throws them all when there are any. */
export class ProblemList {
  readonly problems: RegisterProblem[] = [];

  /** Records a problem of row `index` of `register`. */
  add(
    register: RegisterName,
    index: number,
    field: string | undefined,
    code: ErrorCode,
    message: string,
  ) {
    if (this.problems.length < MAX_REGISTER_PROBLEMS)
      this.problems.push({ register, index, ...(field ? { field } : {}), code, message });
  }

  /** Throws every recorded problem as one error, in register and row order, when there is any. */
  throwIfAny(): void {
    if (this.problems.length === 0) return;
    const order = (p: RegisterProblem) => REGISTER_NAMES.indexOf(p.register);
    throw registerProblemsError(
      this.problems.toSorted((a, b) => order(a) - order(b) || a.index - b.index),
    );
  }
}
