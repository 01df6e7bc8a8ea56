import fastifyCompress from "@fastify/compress";
import type { FastifyInstance } from "fastify";

/**
 * Brotli or gzip for every text answer the browser accepts compressed (JSON, HTML, the OpenAPI
 * document): a commune on a weak line gets the 114 KB dashboard in about a tenth of the bytes.
 * Brotli at quality 4 (the plugin's default) costs about as much CPU as gzip. Files the web
 * build compressed already are sent as they are (`web-assets.ts`), and so is the cached dashboard,
 * compressed once per answer (`encoded-answers.ts`). Registered before the
 * routes, since it hooks the routes defined after it.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, { global: true, encodings: ["br", "gzip"], threshold: 1024 });
}
