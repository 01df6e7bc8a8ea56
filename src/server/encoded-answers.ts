import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

/** The content encodings a cached answer is kept in besides plain bytes. */
export type AnswerEncoding = "br" | "gzip";

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this size an answer is sent as it is (as `registerCompression` does). */
const MIN_BYTES = 1024;

// Each cached answer's encodings, made once and forgotten with it.
const encodings = new WeakMap<Buffer, Map<AnswerEncoding, Promise<Buffer>>>();

/**
 * A cached answer in the encoding the client prefers, compressed once per answer instead of once
 * per request: a browser asks for the dashboard compressed, and compressing its 60–110 KB on every
 * read (synchronously, on the event loop) cost more than giving it from the cache. Compression
 * runs in libuv's thread pool; quality as `registerCompression` (Brotli 4). Null: send it as is.
 */
export function encodedAnswer(
  bytes: Buffer,
  acceptEncoding: string | undefined,
): { readonly encoding: AnswerEncoding; readonly bytes: Promise<Buffer> } | null {
  const encoding = preferredEncoding(acceptEncoding);
  if (!encoding || bytes.length < MIN_BYTES) return null;
  let forAnswer = encodings.get(bytes);
  if (!forAnswer) {
    forAnswer = new Map();
    encodings.set(bytes, forAnswer);
  }
  let encoded = forAnswer.get(encoding);
  if (!encoded) {
    encoded =
      encoding === "br"
        ? brotliAsync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
        : gzipAsync(bytes);
    forAnswer.set(encoding, encoded);
    // A failed compression is not kept: the next request tries again.
    const tried = forAnswer;
    encoded.catch(() => tried.delete(encoding));
  }
  return { encoding, bytes: encoded };
}

/**
 * Brotli if the client accepts it, else gzip, else none (`Accept-Encoding`, with `q=0` meaning
 * "not this one" and `*` standing for any encoding not named).
 * @example preferredEncoding("gzip, deflate, br") // "br"
 */
export function preferredEncoding(header: string | undefined): AnswerEncoding | null {
  if (!header) return null;
  const quality = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    quality.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const accepts = (encoding: AnswerEncoding) =>
    (quality.get(encoding) ?? quality.get("*") ?? 0) > 0;
  if (accepts("br")) return "br";
  if (accepts("gzip")) return "gzip";
  return null;
}
