import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/cli/demo-accounts.ts";
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

// Issue 19: read-only requests on a PostgreSQL streaming replica (DATABASE_READ_URL, see
// docs/deployment.md). BAOCAO_TEST_REPLICA_URL names a hot standby of the server of
// BAOCAO_TEST_DATABASE_URL (scripts/start-replica.sh makes one on this machine); the test makes
// its own database on the primary and reads it back through the replica.
const primaryUrl = process.env.BAOCAO_TEST_DATABASE_URL;
const replicaUrl = process.env.BAOCAO_TEST_REPLICA_URL;
const SAVES = 200;
const ROOT = join(import.meta.dirname, "../..");

if (!primaryUrl || !replicaUrl) {
  describe("the server with a read replica", () => {
    it.skip("replica run skipped: BAOCAO_TEST_REPLICA_URL (a streaming replica of BAOCAO_TEST_DATABASE_URL, scripts/start-replica.sh) is not set", () => {});
  });
} else {
  describe("the server with a read replica", () => {
    const name = `baocao_replica_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    const at = (url: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();
    const config = { engine: "postgres", url: at(primaryUrl), readUrl: at(replicaUrl) } as const;
    let a: ApiFixture;
    let storeB: Store;
    let b: FastifyInstance;
    let onReplica: pg.Client | undefined;
    const replica = () => {
      if (!onReplica) throw new Error("no connection to the replica");
      return onReplica;
    };

    beforeAll(async () => {
      await adminQuery(primaryUrl, `create database ${name}`);
      onReplica = await connectWhenReplicated(at(replicaUrl));
      // Two apps on two stores stand for two server processes (`--workers 2`).
      a = await openApiFixture(() => openStore(config));
      storeB = await openStore(config);
      b = await buildApp({ store: storeB, version: "test", clock: () => TODAY, composeWorkers: 0 });
    }, 180_000);

    afterAll(async () => {
      await onReplica?.query("select pg_wal_replay_resume()").catch(() => {});
      await onReplica?.end();
      await b?.close();
      await storeB?.close();
      await a?.close();
      await adminQuery(primaryUrl, `drop database if exists ${name} with (force)`);
    });

    type Session = Awaited<ReturnType<typeof injectSignIn>>;

    const save = async (app: FastifyInstance, session: Session, value: number, version: number) => {
      const response = await app.inject({
        method: "PUT",
        url: "/api/values",
        cookies: { baocao_session: session.cookie },
        headers: { "x-csrf-token": session.csrf },
        payload: {
          values: [
            {
              indicator: "jobs_created",
              unit: "PHUONG_1",
              period: "2016-03",
              value,
              expectedVersion: version,
            },
          ],
        },
      });
      expect(response.statusCode, response.body).toBe(200);
    };
    /** The March 2016 figure of a unit as the series route reads it. */
    const figure = async (app: FastifyInstance, session: Session, unit: string) => {
      const response = await app.inject({
        url: `/api/series?unit=${unit}&indicator=jobs_created&period=2016-03`,
        cookies: { baocao_session: session.cookie },
      });
      expect(response.statusCode, response.body).toBe(200);
      const points = response.json<{ points: { period: string; value: number | null }[] }>().points;
      return points.find((p) => p.period === "2016-03")?.value ?? null;
    };
    const routed = () => {
      const [ra, rb] = [a.store.readReplica?.routed, storeB.readReplica?.routed];
      return { replica: (ra?.replica ?? 0) + (rb?.replica ?? 0) };
    };

    it("reads back every save at once, on the worker that saved and on the other", async () => {
      const session = await injectSignIn(a.app, "admin");
      const before = routed().replica;
      for (let n = 1; n <= SAVES; n++) {
        const [writer, other] = n % 2 === 0 ? [a.app, b] : [b, a.app];
        await save(writer, session, n, n - 1);
        expect(await figure(writer, session, "PHUONG_1")).toBe(n);
        expect(await figure(other, session, "PHUONG_1")).toBe(n);
        // The town's figure is the roll-up of its wards (only Phường 1 has March 2016).
        expect(await figure(other, session, "NGA_NAM")).toBe(n);
      }
      // The reads above went through the replica path, not around it.
      expect(routed().replica).toBeGreaterThan(before);
    }, 180_000);

    it("reads the primary while the replica lags behind the reader's write", async () => {
      const session = await injectSignIn(a.app, "admin");
      const last = await figure(a.app, session, "PHUONG_1");
      await replica().query("select pg_wal_replay_pause()");
      try {
        await save(a.app, session, 5000, SAVES);
        const replicaRoutes = a.store.readReplica?.routed.primary ?? 0;
        expect(await figure(a.app, session, "PHUONG_1")).toBe(5000);
        expect(await figure(b, session, "NGA_NAM")).toBe(5000);
        expect(a.store.readReplica?.routed.primary).toBe(replicaRoutes + 1);
        // The replica itself still has the older figure: the answer came from the primary.
        const stale = await replica().query<{ value: string }>(
          "select value::text from data_values where indicator_code = 'jobs_created' and unit_code = 'PHUONG_1' and period = '2016-03'",
        );
        expect(Number(stale.rows[0]?.value)).toBe(last);
        // Sessions are read on the primary: a logout through B is refused on A at once.
        const leaving = await injectSignIn(b, "xem");
        expect(await figure(a.app, leaving, "NGA_NAM")).toBe(5000);
        const logout = await injectLogout(b, leaving);
        expect(logout.statusCode).toBe(200);
        const after = await a.app.inject({
          url: "/api/series?unit=NGA_NAM&indicator=jobs_created&period=2016-03",
          cookies: { baocao_session: leaving.cookie },
        });
        expect(after.statusCode).toBe(401);
      } finally {
        await replica().query("select pg_wal_replay_resume()");
      }
    });

    it("reads back every save at once through `baocao serve --workers 2` with DATABASE_READ_URL", async () => {
      const server = spawn(
        process.execPath,
        [join(ROOT, "bin/baocao.js"), "serve", "--workers", "2", "--port", "0", "--no-reminders"],
        {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: config.url, DATABASE_READ_URL: config.readUrl },
        },
      );
      let log = "";
      server.stderr?.on("data", (chunk: Buffer) => {
        log += chunk.toString();
      });
      try {
        while ((log.match(/đang chạy tại/g) ?? []).length < 2) {
          if (server.exitCode !== null) throw new Error(`serve stopped: ${log}`);
          await new Promise((r) => setTimeout(r, 100));
        }
        const url = /đang chạy tại (http:\/\/[^\s]+)/.exec(log)?.[1] as string;
        // Each request on a new connection, so the cluster's primary hands it to either worker.
        const call = (path: string, init: RequestInit = {}) =>
          fetch(`${url}${path}`, {
            ...init,
            headers: { connection: "close", ...(init.headers as Record<string, string>) },
          });
        const login = await call("/api/auth/login", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ username: "admin", password: DEMO_PASSWORD }),
        });
        expect(login.status).toBe(200);
        const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] as string;
        const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
        for (let n = 1; n <= 50; n++) {
          const saved = await call("/api/values", {
            method: "PUT",
            headers: { cookie, "x-csrf-token": csrf, "content-type": "application/json" },
            body: JSON.stringify({
              values: [
                {
                  indicator: "jobs_created",
                  unit: "PHUONG_2",
                  period: "2016-04",
                  value: n,
                  expectedVersion: n - 1,
                },
              ],
            }),
          });
          expect(saved.status).toBe(200);
          const read = await call(
            "/api/series?unit=NGA_NAM&indicator=jobs_created&period=2016-04",
            { headers: { cookie } },
          );
          const points = ((await read.json()) as { points: { period: string; value: number }[] })
            .points;
          expect(points.find((p) => p.period === "2016-04")?.value).toBe(n);
        }
        // Each worker counts for itself; some worker served reads from the replica.
        const counts = await Promise.all(
          Array.from({ length: 6 }, async () => {
            const text = await (await call("/metrics")).text();
            return Number(/baocao_read_requests_total\{database="replica"\} (\d+)/.exec(text)?.[1]);
          }),
        );
        expect(Math.max(...counts)).toBeGreaterThan(0);
      } finally {
        if (server.exitCode === null) {
          const exited = new Promise((r) => server.once("exit", r));
          server.kill("SIGTERM");
          await exited;
        }
      }
    }, 180_000);

    it("refuses a read URL that names a primary, not a replica", async () => {
      const refused = await openStore({ ...config, readUrl: config.url }).then(
        () => "opened",
        (error: { code?: string }) => error.code,
      );
      expect(refused).toBe("config.database_url");
    });

    it("serves a session that wrote nothing from the replica", async () => {
      const session = await injectSignIn(b, "xem");
      const before = storeB.readReplica?.routed.replica ?? 0;
      expect(await figure(b, session, "NGA_NAM")).toBe(5000);
      expect(storeB.readReplica?.routed.replica).toBeGreaterThan(before);
      // The replica's own view of its clients: the server's pool ran the series query there.
      const clients = await replica().query<{ query: string }>(
        "select query from pg_stat_activity where datname = current_database() and application_name = 'baocao (replica)'",
      );
      expect(clients.rows.length).toBeGreaterThan(0);
      // A handler that refreshes the engine itself (its counters and catalogue come from the
      // primary, also inside a request that reads the replica).
      const before2 = storeB.readReplica?.routed.replica ?? 0;
      const kinds = await b.inject({
        url: "/api/target-kinds",
        cookies: { baocao_session: session.cookie },
      });
      expect(kinds.statusCode, kinds.body).toBe(200);
      expect(storeB.readReplica?.routed.replica).toBeGreaterThan(before2);
      const metrics = await b.inject({ url: "/metrics" });
      expect(metrics.body).toMatch(/baocao_read_requests_total\{database="replica"\} [1-9]/);
    });
  });
}

/** The new database reaches the replica through the WAL a moment after it is made. */
async function connectWhenReplicated(url: string): Promise<pg.Client> {
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => {});
      if (attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
