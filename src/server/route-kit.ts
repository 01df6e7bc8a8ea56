import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { z } from "zod";
import type { RouteDef } from "./contract/index.ts";

type Part<S, Fallback = undefined> = [S] extends [z.ZodNever] ? Fallback : z.output<S & z.ZodType>;

/** The answer type with read-only arrays and fields allowed, as the engine returns them. */
export type ReadonlyDeep<T> = T extends (infer E)[]
  ? readonly ReadonlyDeep<E>[]
  : T extends object
    ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> }
    : T;

/** What a handler gets: the parsed params, query and body of its route, and the raw request. */
export interface HandlerInput<D> {
  readonly params: D extends RouteDef<infer P> ? Part<P> : never;
  readonly query: D extends RouteDef<z.ZodType, infer Q> ? Part<Q> : never;
  readonly body: D extends RouteDef<z.ZodType, z.ZodType, infer B> ? Part<B> : never;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

/** A route's handler: it returns the route's response (or sends a file itself and returns the reply). */
export type Handler<D> = (
  input: HandlerInput<D>,
) => Promise<
  D extends RouteDef<z.ZodType, z.ZodType, z.ZodType, infer R>
    ? ReadonlyDeep<Part<R, FastifyReply>> | FastifyReply
    : never
>;

/** Registers a route of the contract: the schemas validate requests and answers and feed OpenAPI. */
export function addRoute<D extends RouteDef>(
  app: FastifyInstance,
  route: D,
  handler: Handler<D>,
): void {
  app.withTypeProvider<ZodTypeProvider>().route({
    method: route.method,
    url: route.path,
    ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
    schema: {
      summary: route.summary,
      tags: [route.tag],
      ...(route.params ? { params: route.params } : {}),
      ...(route.query ? { querystring: route.query } : {}),
      ...(route.body ? { body: route.body } : {}),
      ...(route.response ? { response: { 200: route.response } } : {}),
    },
    handler: (request, reply) =>
      handler({
        params: request.params,
        query: request.query,
        body: request.body,
        request,
        reply,
      } as HandlerInput<D>),
  });
}
