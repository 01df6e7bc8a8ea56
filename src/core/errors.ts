import type { ErrorCode } from "./error-codes.ts";

/**
 * The one error type of the domain. It carries a stable machine code, a message in plain
 * Vietnamese for the person who has to fix the problem, and details that locate it
 * (file, row, column, field, rule…). The server maps it to HTTP, the CLI to an exit code.
 */
export class BaocaoError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = "BaocaoError";
    this.code = code;
    this.details = Object.freeze({ ...details });
  }
}

/** True when `error` is a BaocaoError, optionally with the given code. */
export function isBaocaoError(error: unknown, code?: ErrorCode): error is BaocaoError {
  return error instanceof BaocaoError && (code === undefined || error.code === code);
}
