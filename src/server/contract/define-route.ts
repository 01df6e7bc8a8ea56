import type { z } from "zod";

/** HTTP methods the API uses. */
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * One route of the API, described once: the server registers it with these schemas (and the
 * OpenAPI document is generated from them), the typed client calls it with the same types.
 */
export interface RouteDef<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  readonly method: Method;
  /** Fastify-style path, `:name` for a parameter. */
  readonly path: string;
  /** One line for the API docs (Vietnamese, as users read them). */
  readonly summary: string;
  /** The OpenAPI tag grouping the route. */
  readonly tag: string;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  /** The JSON answer; absent for routes that send a file. */
  readonly response?: R;
  /** The largest request body in bytes, for an upload that needs more than the server's default. */
  readonly bodyLimit?: number;
}

/** Identity, for inference: keeps each schema's own type on the route. */
export function defineRoute<
  P extends z.ZodType = z.ZodNever,
  Q extends z.ZodType = z.ZodNever,
  B extends z.ZodType = z.ZodNever,
  R extends z.ZodType = z.ZodNever,
>(def: RouteDef<P, Q, B, R>): RouteDef<P, Q, B, R> {
  return def;
}

/**
 * What a caller passes to a route: its params, query and body, each where the route has one; a
 * query whose every parameter is optional may be left out.
 */
export type RouteInput<D> =
  D extends RouteDef<infer P, infer Q, infer B>
    ? ([P] extends [z.ZodNever] ? unknown : { params: z.input<P> }) &
        ([Q] extends [z.ZodNever]
          ? unknown
          : object extends z.input<Q>
            ? { query?: z.input<Q> }
            : { query: z.input<Q> }) &
        ([B] extends [z.ZodNever] ? unknown : { body: z.input<B> })
    : never;

/** What a route answers. */
export type RouteOutput<D> =
  D extends RouteDef<z.ZodType, z.ZodType, z.ZodType, infer R>
    ? [R] extends [z.ZodNever]
      ? Blob
      : z.output<R>
    : never;

/** Fills `:name` parameters of a path, URL-encoded. */
export function fillPath(path: string, params: Record<string, unknown> = {}): string {
  return path.replace(/:([A-Za-z_]+)/g, (_, name: string) =>
    encodeURIComponent(String(params[name] ?? "")),
  );
}
