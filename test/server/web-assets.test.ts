import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gunzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/index.ts";
import { cacheControlOf } from "../../src/server/web-assets.ts";
import { migrateToLatest, openStore, type Store } from "../../src/store/index.ts";

describe("serving the web app: compressed and cached", () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  const script = `console.log(${JSON.stringify("Nhập số liệu ".repeat(200))});\n`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "baocao-web-assets-"));
    const web = join(dir, "dist");
    mkdirSync(join(web, "assets"), { recursive: true });
    writeFileSync(join(web, "index.html"), "<!doctype html><title>baocao</title>");
    writeFileSync(join(web, "sw.js"), "self.addEventListener('fetch', () => {});");
    writeFileSync(join(web, "assets/entry-page-BKrPYTL5.js"), script);
    // The build's brotli copy: served as it is, never compressed again.
    writeFileSync(join(web, "assets/entry-page-BKrPYTL5.js.br"), brotliCompressSync(script));
    store = await openStore({ engine: "sqlite", path: join(dir, "db.sqlite") });
    await migrateToLatest(store);
    app = await buildApp({ store, version: "test", webRoot: web });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends a hashed asset's brotli copy, cached for a year", async () => {
    const response = await app.inject({
      url: "/assets/entry-page-BKrPYTL5.js",
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.rawPayload.equals(brotliCompressSync(script))).toBe(true);
  });

  it("gzips an asset on the fly for a browser without brotli", async () => {
    const response = await app.inject({
      url: "/assets/entry-page-BKrPYTL5.js",
      headers: { "accept-encoding": "gzip" },
    });
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(response.rawPayload).toString()).toBe(script);
  });

  it("revalidates index.html (also behind a deep link) and the service worker", async () => {
    for (const url of ["/", "/entry?unit=PHUONG_1&period=2023-08", "/sw.js"]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["cache-control"], url).toBe("no-cache");
    }
  });

  it("compresses API answers the browser accepts compressed", async () => {
    const response = await app.inject({
      url: "/api/openapi.json",
      headers: { "accept-encoding": "gzip" },
    });
    expect(response.headers["content-encoding"]).toBe("gzip");
    const document = JSON.parse(gunzipSync(response.rawPayload).toString());
    expect(document.info.title).toBe("baocao API");
    const plain = await app.inject({ url: "/api/openapi.json" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(response.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
  });

  it("knows a hashed asset from the rest", () => {
    expect(cacheControlOf("/srv/web/dist/assets/antd-Duy5F6MV.js")).toMatch(/immutable/);
    expect(cacheControlOf("/srv/web/dist/assets/index-CyS2631l.css")).toMatch(/immutable/);
    expect(cacheControlOf("/srv/web/dist/assets/antd-Duy5F6MV.js.br")).toMatch(/immutable/);
    expect(cacheControlOf("/srv/web/dist/index.html")).toBe("no-cache");
    expect(cacheControlOf("/srv/web/dist/manifest.webmanifest")).toBe("no-cache");
    expect(cacheControlOf("/srv/web/dist/workbox-5ffe50d4.js")).toBe("no-cache");
  });
});
