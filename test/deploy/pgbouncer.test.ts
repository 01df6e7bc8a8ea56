import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import {
  type ApiFixture,
  injectLogout,
  injectSignIn,
  openApiFixture,
  TODAY,
} from "../server/api-fixture.ts";
import { adminQuery } from "../support/engines.ts";

// Issue 19: the server through pgbouncer in transaction mode (see docs/deployment.md): each
// transaction may run on another server connection, so nothing may rely on a connection's
// session (named prepared statements, `set` without `local`, session advisory locks, LISTEN).
// BAOCAO_TEST_PGBOUNCER_URL names pgbouncer and a database it lets through to create the test's
// own database (e.g. postgres://postgres@127.0.0.1:6544/postgres with `* = host=… port=…`).
const url = process.env.BAOCAO_TEST_PGBOUNCER_URL;
const WARDS = ["PHUONG_1", "PHUONG_2", "PHUONG_3", "XA_TAN_LONG", "XA_LONG_BINH", "XA_MY_QUOI"];

if (!url) {
  describe("the server through pgbouncer (transaction mode)", () => {
    it.skip("pgbouncer run skipped: BAOCAO_TEST_PGBOUNCER_URL is not set", () => {});
  });
} else {
  describe("the server through pgbouncer (transaction mode)", () => {
    const name = `baocao_pgb_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    const databaseUrl = Object.assign(new URL(url), { pathname: `/${name}` }).toString();
    let a: ApiFixture;
    let storeB: Store;
    let b: FastifyInstance;

    beforeAll(async () => {
      await adminQuery(url, `create database ${name}`);
      // Two apps on two pools through pgbouncer stand for two server processes.
      a = await openApiFixture(async () => openStore({ engine: "postgres", url: databaseUrl }));
      storeB = await openStore({ engine: "postgres", url: databaseUrl });
      b = await buildApp({ store: storeB, version: "test", clock: () => TODAY, composeWorkers: 0 });
    }, 180_000);

    afterAll(async () => {
      await b?.close();
      await storeB?.close();
      await a?.close();
      await adminQuery(url, `drop database if exists ${name} with (force)`);
    });

    it("saves concurrently through both apps, each save whole, and both read the totals", async () => {
      const session = await injectSignIn(a.app, "admin");
      const saves = WARDS.flatMap((unit, u) =>
        ["2015-01", "2015-02", "2015-03"].map((period, p) =>
          (u % 2 === 0 ? a.app : b).inject({
            method: "PUT",
            url: "/api/values",
            cookies: { baocao_session: session.cookie },
            headers: { "x-csrf-token": session.csrf },
            payload: {
              values: [
                { indicator: "jobs_created", unit, period, value: 10 * u + p, expectedVersion: 0 },
              ],
            },
          }),
        ),
      );
      const answers = await Promise.all(saves);
      expect(answers.map((r) => r.statusCode)).toEqual(Array(saves.length).fill(200));
      for (const app of [a.app, b]) {
        const figures = await app.inject({
          method: "GET",
          url: "/api/values/history?indicator=jobs_created&unit=PHUONG_3&period=2015-02",
          cookies: { baocao_session: session.cookie },
        });
        expect(figures.statusCode).toBe(200);
        expect(figures.json().entries.map((e: { newValue: number }) => e.newValue)).toEqual([21]);
      }
      const town = await a.engine.query({
        indicators: ["jobs_created"],
        units: ["NGA_NAM"],
        periods: ["2015-02"],
        measures: ["value"],
      });
      expect(town[0]?.value?.value).toBe(WARDS.reduce((sum, _, u) => sum + 10 * u + 1, 0));
    });

    it("refuses on A at once a session logged out through B", async () => {
      const session = await injectSignIn(a.app, "xem");
      const me = (app: FastifyInstance) =>
        app.inject({ url: "/api/auth/me", cookies: { baocao_session: session.cookie } });
      expect((await me(a.app)).statusCode).toBe(200);
      const logout = await injectLogout(b, session);
      expect(logout.statusCode).toBe(200);
      expect((await me(a.app)).statusCode).toBe(401);
    });
  });
}
