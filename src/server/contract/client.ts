import type { ErrorBody } from "./common.ts";
import { fillPath, type RouteDef, type RouteInput, type RouteOutput } from "./define-route.ts";

/** An API error as the server sent it: code, Vietnamese message, details, HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** How the client reaches the server. */
export interface ClientOptions {
  /** Origin of the server, "" in the browser (same origin). */
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  /** The session's CSRF token, sent with every change. */
  readonly csrfToken?: () => string | undefined;
  /** Extra headers, e.g. a cookie outside the browser. */
  readonly headers?: () => Record<string, string>;
}

/** A typed call of any route of `api`: the input and output types come from its schemas. */
export type ApiCall = <D extends RouteDef>(
  route: D,
  input?: RouteInput<D>,
) => Promise<RouteOutput<D>>;

/**
 * Makes the API client the web app and the CLI use.
 * @example const call = createClient({}); const d = await call(api.dashboard.dashboard, { query: { unit: "NGA_NAM", period: "2023-08" } });
 */
export function createClient(options: ClientOptions = {}): ApiCall {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  return async (route, input) => {
    const { params, query, body } = (input ?? {}) as {
      params?: Record<string, unknown>;
      query?: Record<string, unknown>;
      body?: unknown;
    };
    let url = `${options.baseUrl ?? ""}${fillPath(route.path, params)}`;
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query ?? {}))
      if (value !== undefined && value !== null) search.set(name, String(value));
    if (search.size > 0) url += `?${search}`;
    const headers: Record<string, string> = { ...options.headers?.() };
    if (body !== undefined) headers["content-type"] = "application/json";
    const token = options.csrfToken?.();
    if (route.method !== "GET" && token) headers["x-csrf-token"] = token;
    const response = await doFetch(url, {
      method: route.method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
    if (!response.ok) throw await toApiError(response);
    if (!route.response) return (await response.blob()) as RouteOutput<typeof route>;
    return (await response.json()) as RouteOutput<typeof route>;
  };
}

async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text();
  try {
    const { error } = JSON.parse(text) as ErrorBody;
    return new ApiError(response.status, error.code, error.message, error.details);
  } catch {
    return new ApiError(
      response.status,
      "http.error",
      `Máy chủ trả lời lỗi ${response.status}: ${text.slice(0, 200)}`,
    );
  }
}
