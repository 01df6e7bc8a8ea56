import { type ErrorCode, isErrorCode } from "../../core/error-codes.ts";
import { BaocaoError, isBaocaoError } from "../../core/errors.ts";

/** An error as it crosses a thread: a domain error keeps its code and details. */
export interface WireError {
  readonly code?: ErrorCode;
  readonly message: string;
  readonly details?: Record<string, unknown>;
  readonly stack?: string;
}

/** The error in a form `postMessage` can carry. */
export function toWire(error: unknown): WireError {
  if (isBaocaoError(error))
    return { code: error.code, message: error.message, details: { ...error.details } };
  const plain = error instanceof Error ? error : new Error(String(error));
  return { message: plain.message, ...(plain.stack ? { stack: plain.stack } : {}) };
}

/** The error again on this side: a BaocaoError when it was one, else a plain Error. */
export function fromWire(wire: WireError): Error {
  if (wire.code && isErrorCode(wire.code))
    return new BaocaoError(wire.code, wire.message, wire.details ?? {});
  const error = new Error(wire.message);
  if (wire.stack) error.stack = wire.stack;
  return error;
}
