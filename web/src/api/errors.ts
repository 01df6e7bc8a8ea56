import { ApiError } from "./contract.ts";

/** The message to show for any failure: the server's Vietnamese message, or the browser's. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** True for an optimistic-lock refusal of the API (HTTP 409). */
export function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409;
}
