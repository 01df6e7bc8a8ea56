import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { type ErrorKind, errorKind } from "../core/error-codes.ts";
import { BaocaoError } from "../core/errors.ts";
import type { ErrorBody } from "./contract/index.ts";

/** The HTTP status of each kind of error. */
const STATUS_OF_KIND: Readonly<Record<ErrorKind, number>> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_many: 429,
  failed: 500,
  unavailable: 503,
};

/** Longest message and detail text sent back: an error never echoes a huge input whole. */
const MAX_MESSAGE = 1000;
const MAX_DETAIL = 300;

/** The HTTP status of a domain error, by its code's kind (src/core/error-codes.ts). */
export function statusOf(error: BaocaoError): number {
  return STATUS_OF_KIND[errorKind(error.code)];
}

function body(code: string, message: string, details?: Record<string, unknown>): ErrorBody {
  const shown = details ? { details: truncateStrings(details, MAX_DETAIL) } : {};
  return { error: { code, message: truncate(message, MAX_MESSAGE), ...shown } };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (cắt bớt ${text.length - max} ký tự)`;
}

/** Every string inside `value` cut to `max` characters, at any depth. */
function truncateStrings<T>(value: T, max: number): T {
  if (typeof value === "string") return truncate(value, max) as T;
  if (Array.isArray(value)) return value.map((v) => truncateStrings(v, max)) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, truncateStrings(v, max)]),
    ) as T;
  return value;
}

/**
 * Maps every error to the API's one shape `{ error: { code, message, details } }`, messages in
 * Vietnamese: domain errors keep their code and details, request validation lists each field.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | BaocaoError | Error, request, reply) => {
    if (error instanceof BaocaoError) {
      const status = statusOf(error);
      // A busy database, a full disk, a missing LibreOffice: the operator must hear of them.
      if (status >= 500)
        request.log.error({ code: error.code, details: error.details }, error.message);
      return reply.status(status).send(body(error.code, error.message, { ...error.details }));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        field: [error.validationContext, ...v.instancePath.split("/").filter(Boolean)].join("."),
        message: v.message ?? "không hợp lệ",
      }));
      const first = issues[0];
      return reply
        .status(400)
        .send(
          body(
            "request.invalid",
            `Yêu cầu không hợp lệ: ${first ? `${first.field} — ${first.message}` : "dữ liệu gửi lên sai dạng"}.`,
            { issues },
          ),
        );
    }
    const status =
      "statusCode" in error && typeof error.statusCode === "number" ? error.statusCode : 500;
    if (status >= 500) request.log.error(error);
    const limit = request.routeOptions.bodyLimit ?? 0;
    const message =
      status === 404
        ? "Không tìm thấy địa chỉ này."
        : status === 413
          ? `Dữ liệu gửi lên quá lớn (quá ${Math.round(limit / 2 ** 20)} MB một lần): hãy gửi ít tệp hơn hoặc tệp nhỏ hơn.`
          : status < 500
            ? `Yêu cầu không hợp lệ: ${error.message}`
            : "Máy chủ gặp lỗi ngoài dự kiến; hãy thử lại hoặc báo cho quản trị viên.";
    return reply
      .status(status)
      .send(body(status < 500 ? "request.invalid" : "server.error", message));
  });
}

/**
 * Answers what no route matched: `index.html` of the web app for a page of the app (its router
 * takes over), else 404 in the API's error shape.
 */
export function installNotFoundHandler(app: FastifyInstance, serveWebApp: boolean): void {
  app.setNotFoundHandler((request, reply) => {
    if (serveWebApp && request.method === "GET" && !request.url.startsWith("/api/"))
      return reply.sendFile("index.html");
    return reply
      .status(404)
      .send(
        body("route.not_found", `Không có địa chỉ ${request.method} ${request.url.split("?")[0]}.`),
      );
  });
}
