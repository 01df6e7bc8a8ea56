import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { BaocaoError } from "../core/errors.ts";
import { AUTH_ERROR_STATUS } from "./auth/index.ts";
import type { ErrorBody } from "./contract/index.ts";

// Codes whose HTTP status is not "the request was wrong" (400).
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  ...AUTH_ERROR_STATUS,
  "report.not_found": 404,
  "report.not_issued": 404,
  "register.unknown_task": 404,
  "register.unknown_project": 404,
  "units.unknown_unit": 404,
  "report.no_libreoffice": 503,
  "server.busy": 503,
  "submission.forbidden": 403,
  "submission.invalid_transition": 409,
  "value.locked": 409,
};

/** The HTTP status of a domain error: conflicts 409, unknown things 404, the rest 400. */
export function statusOf(error: BaocaoError): number {
  const known = STATUS_BY_CODE[error.code];
  if (known) return known;
  if (error.code.endsWith(".conflict")) return 409;
  if (/\.unknown_|\.not_found$/.test(error.code)) return 404;
  return 400;
}

function body(code: string, message: string, details?: Record<string, unknown>): ErrorBody {
  return { error: { code, message, ...(details ? { details } : {}) } };
}

/**
 * Maps every error to the API's one shape `{ error: { code, message, details } }`, messages in
 * Vietnamese: domain errors keep their code and details, request validation lists each field.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | BaocaoError | Error, request, reply) => {
    if (error instanceof BaocaoError) {
      return reply
        .status(statusOf(error))
        .send(body(error.code, error.message, { ...error.details }));
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
    const message =
      status === 404
        ? "Không tìm thấy địa chỉ này."
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
