import { ApiError } from "./contract.ts";

/** The server could not be reached (no connection, the server down): nothing was sent or saved. */
export class NetworkError extends Error {
  constructor(override readonly cause: unknown) {
    super(
      "Không kết nối được với máy chủ. Hãy kiểm tra mạng rồi thử lại; số liệu đã nhập vẫn được giữ trên máy này.",
    );
    this.name = "NetworkError";
  }
}

/** True when a call failed for want of a connection (the request may not have left the device). */
export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof NetworkError;
}

/**
 * The message to show for any failure, always in Vietnamese: the server's own message, ours for a
 * lost connection, and a plain sentence for anything else (never a browser's English text).
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError || error instanceof NetworkError) return error.message;
  return "Đã xảy ra lỗi không mong đợi trong trình duyệt. Hãy tải lại trang; số liệu đã nhập vẫn được giữ trên máy này.";
}

/** True for an optimistic-lock refusal of the API (HTTP 409). */
export function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409;
}
