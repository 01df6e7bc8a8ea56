import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../src/cli/demo-accounts.ts";
import { Engine } from "../../src/engine/index.ts";
import { Accounts } from "../../src/services/accounts/index.ts";
import { migrateToLatest, openStore } from "../../src/store/index.ts";
import { loadReferenceDataset } from "../dataset/load-dataset.ts";

const ROOT = join(import.meta.dirname, "../..");

// Issue 19: several serving processes on one port and one database. A session, a logout and
// a new figure are the database's, so every process sees them at once; a dead worker is
// replaced.
describe("baocao serve --workers 2 on one SQLite file", () => {
  let dir: string;
  let server: ChildProcess;
  let url: string;
  let log = "";

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "baocao-workers-"));
    const path = join(dir, "baocao.db");
    const store = await openStore({ engine: "sqlite", path });
    await migrateToLatest(store);
    await loadReferenceDataset(await Engine.open(store));
    for (const spec of DEMO_ACCOUNTS) await new Accounts(store).ensure(spec);
    await store.close();
    server = spawn(
      process.execPath,
      [join(ROOT, "bin/baocao.js"), "serve", "--workers", "2", "--port", "0"],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: `sqlite:${path}` } },
    );
    server.stderr?.on("data", (chunk: Buffer) => {
      log += chunk.toString();
    });
    // Both workers say where they listen (the same port, shared by the primary).
    while ((log.match(/đang chạy tại/g) ?? []).length < 2) {
      if (server.exitCode !== null) throw new Error(`serve stopped: ${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    url = /đang chạy tại (http:\/\/[^\s]+)/.exec(log)?.[1] as string;
  }, 180_000);

  afterAll(async () => {
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once("exit", r));
      server.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  /** A request on a new connection, so the primary hands it to either worker. */
  const get = (path: string, cookie?: string) =>
    fetch(`${url}${path}`, {
      headers: { connection: "close", ...(cookie ? { cookie } : {}) },
    });

  it("serves a session from both processes, and a logout ends it in both", async () => {
    const login = await fetch(`${url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", connection: "close" },
      body: JSON.stringify({ username: "xem", password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] as string;
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const before = await Promise.all(Array.from({ length: 20 }, () => get("/api/auth/me", cookie)));
    expect(before.map((r) => r.status)).toEqual(Array(20).fill(200));

    const logout = await fetch(`${url}/api/auth/logout`, {
      method: "POST",
      headers: { cookie, "x-csrf-token": csrf, connection: "close" },
    });
    expect(logout.status).toBeLessThan(300);
    const after = await Promise.all(Array.from({ length: 20 }, () => get("/api/auth/me", cookie)));
    expect(after.map((r) => r.status)).toEqual(Array(20).fill(401));
  });

  it("shows a save in the dashboard of every worker at once, though each keeps its own copy", async () => {
    const signIn = async (username: string) => {
      const login = await fetch(`${url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json", connection: "close" },
        body: JSON.stringify({ username, password: DEMO_PASSWORD }),
      });
      const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] as string;
      return { cookie, "x-csrf-token": ((await login.json()) as { csrfToken: string }).csrfToken };
    };
    const viewer = await signIn("xem");
    const admin = await signIn("admin");
    type Dashboard = { sectors: { lines: { indicator: string; value: { value: number } }[] }[] };
    const jobs = async () => {
      const response = await get("/api/dashboard?unit=NGA_NAM&period=2023-08", viewer.cookie);
      const dashboard = (await response.json()) as Dashboard;
      return dashboard.sectors.flatMap((s) => s.lines).find((l) => l.indicator === "jobs_created")
        ?.value.value;
    };
    // Both workers cache the town's dashboard.
    const before = await Promise.all(Array.from({ length: 10 }, jobs));
    expect(new Set(before).size).toBe(1);
    const entry = await get("/api/entry?unit=XA_MY_QUOI&period=2023-08", admin.cookie);
    type Form = {
      sectors: {
        indicators: { code: string; cells: { value: number | null; version: number }[] }[];
      }[];
    };
    const cell = ((await entry.json()) as Form).sectors
      .flatMap((s) => s.indicators)
      .find((i) => i.code === "jobs_created")?.cells[0];
    const saved = await fetch(`${url}/api/values`, {
      method: "PUT",
      headers: { ...admin, "content-type": "application/json", connection: "close" },
      body: JSON.stringify({
        values: [
          {
            indicator: "jobs_created",
            unit: "XA_MY_QUOI",
            period: "2023-08",
            value: (cell?.value ?? 0) + 7,
            expectedVersion: cell?.version ?? 0,
          },
        ],
      }),
    });
    expect(saved.status).toBe(200);
    const after = await Promise.all(Array.from({ length: 20 }, jobs));
    expect(after).toEqual(Array(20).fill((before[0] ?? 0) + 7));
  });

  it("replaces a worker that dies, and keeps answering", async () => {
    const pids = [...log.matchAll(/\[(\d+)\] baocao/g)].map((m) => Number(m[1]));
    expect(new Set(pids).size).toBe(2);
    process.kill(pids[0] as number, "SIGKILL");
    while (!/dừng \(SIGKILL\); khởi động tiến trình thay thế/.test(log))
      await new Promise((r) => setTimeout(r, 100));
    while ((log.match(/đang chạy tại/g) ?? []).length < 3)
      await new Promise((r) => setTimeout(r, 100));
    const answers = await Promise.all(Array.from({ length: 10 }, () => get("/api/health")));
    expect(answers.map((r) => r.status)).toEqual(Array(10).fill(200));
  }, 120_000);
});
