import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { encodedAnswer, preferredEncoding } from "./encoded-answers.ts";

describe("preferredEncoding", () => {
  it("prefers Brotli, then gzip, and honours q=0 and *", () => {
    expect(preferredEncoding("gzip, deflate, br")).toBe("br");
    expect(preferredEncoding("gzip, deflate")).toBe("gzip");
    expect(preferredEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(preferredEncoding("br;q=0, gzip;q=0")).toBeNull();
    expect(preferredEncoding("*")).toBe("br");
    expect(preferredEncoding("identity")).toBeNull();
    expect(preferredEncoding(undefined)).toBeNull();
  });
});

describe("encodedAnswer", () => {
  const answer = Buffer.from(JSON.stringify({ lines: Array.from({ length: 600 }, (_, i) => i) }));

  it("compresses an answer once per encoding, and gives the same bytes back decoded", async () => {
    const br = encodedAnswer(answer, "br");
    const again = encodedAnswer(answer, "gzip, br");
    expect(br?.encoding).toBe("br");
    expect(again?.bytes).toBe(br?.bytes);
    expect(brotliDecompressSync(await (br?.bytes as Promise<Buffer>))).toEqual(answer);
    const gzip = encodedAnswer(answer, "gzip");
    expect(gunzipSync(await (gzip?.bytes as Promise<Buffer>))).toEqual(answer);
  });

  it("sends small answers and clients that accept nothing compressed as they are", () => {
    expect(encodedAnswer(Buffer.from("{}"), "br")).toBeNull();
    expect(encodedAnswer(answer, undefined)).toBeNull();
  });
});
