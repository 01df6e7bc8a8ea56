import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { BaocaoError } from "../core/errors.ts";

/** What the server may log, from least to most (pino's levels; `silent` logs nothing). */
export const LOG_LEVELS = ["silent", "fatal", "error", "warn", "info", "debug", "trace"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A log level from an option or `BAOCAO_LOG_LEVEL`; anything else is refused in Vietnamese. */
export function parseLogLevel(value: string | undefined): LogLevel | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const level = value.trim().toLowerCase();
  if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LogLevel;
  throw new BaocaoError(
    "config.invalid",
    `Mức ghi nhật ký "${value.slice(0, 40)}" không hợp lệ; dùng một trong: ${LOG_LEVELS.join(", ")}.`,
    { option: "log-level" },
  );
}

// A proxy's id is taken only when it looks like one: a client could otherwise write anything
// into the logs through the header.
const PROXY_ID = /^[\w.:-]{1,64}$/;

/**
 * The id that names a request in the logs and in its answer's `X-Request-Id`: the proxy's, when
 * it sent a well-formed one (nginx's `$request_id`), else a new random one (several processes
 * never hand out the same id, as a per-process counter would).
 */
export function newRequestId(request: IncomingMessage): string {
  const given = request.headers["x-request-id"];
  return typeof given === "string" && PROXY_ID.test(given) ? given : randomUUID();
}
