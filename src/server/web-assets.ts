import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Vite's hashed file names (`assets/entry-page-BKrPYTL5.js`, its `.br` and `.gz` copies): their content never changes. */
const HASHED = /[/\\]assets[/\\][^/\\]+-[A-Za-z0-9_-]{8,}(\.[a-z0-9]+)+$/;

/** The cache rule of a served file: hashed assets for a year, everything else checked each time. */
export function cacheControlOf(path: string): string {
  return HASHED.test(path) ? "public, max-age=31536000, immutable" : "no-cache";
}

/**
 * Serves the built web app (`web/dist`), read at each request so a rebuilt app needs no restart:
 * the build's brotli/gzip copies when the browser accepts them, hashed assets cached for good,
 * and `index.html`, the service worker and the manifest revalidated on every load (a new build
 * reaches users at once). A path that is no file falls to the not-found handler, which gives
 * the app's index.html.
 */
export async function registerWebAssets(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res, path) => res.setHeader("cache-control", cacheControlOf(path)),
  });
}
