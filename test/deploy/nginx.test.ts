import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../src/cli/demo-accounts.ts";
import { Engine } from "../../src/engine/index.ts";
import { Accounts } from "../../src/services/accounts/index.ts";
import { migrateToLatest, openStore } from "../../src/store/index.ts";
import { loadReferenceDataset } from "../dataset/load-dataset.ts";
import { documentedNginxSite, nginxConf } from "./nginx-config.ts";

const ROOT = join(import.meta.dirname, "../..");
const NGINX = "/usr/sbin/nginx";
const skipReason = !existsSync(NGINX)
  ? `nginx test skipped: no ${NGINX} (bash .ci/run installs it: apt-get install -y nginx-light)`
  : undefined;

/** A free TCP port on the loopback. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** An HTTPS request to the test's nginx (its certificate is self-signed, made by the test). */
function https(
  port: number,
  path: string,
  options: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: options.method ?? "GET",
        rejectUnauthorized: false,
        agent: false,
        headers: {
          ...options.headers,
          ...(body ? { "content-type": "application/json" } : {}),
        },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

// Issue 16: the deployment guide's nginx site, as written, in front of two `baocao serve`
// processes on one database — Debian's nginx, this machine's loopback, a self-signed certificate.
(skipReason ? describe.skip : describe)(
  "the documented nginx site in front of two server processes",
  () => {
    let dir: string;
    let nginx: ChildProcess;
    const servers: { process: ChildProcess; log: string }[] = [];
    let httpPort: number;
    let httpsPort: number;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "baocao-nginx-"));
      const path = join(dir, "baocao.db");
      const store = await openStore({ engine: "sqlite", path });
      await migrateToLatest(store);
      await loadReferenceDataset(await Engine.open(store));
      for (const spec of DEMO_ACCOUNTS) await new Accounts(store).ensure(spec);
      await store.close();

      const upstreams = [await freePort(), await freePort()];
      for (const port of upstreams) {
        const server = {
          process: spawn(
            process.execPath,
            [
              join(ROOT, "bin/baocao.js"),
              "serve",
              "--port",
              String(port),
              "--trust-proxy",
              "127.0.0.1",
              "--log-level",
              "info",
              "--no-reminders",
            ],
            { cwd: ROOT, env: { ...process.env, DATABASE_URL: `sqlite:${path}` } },
          ),
          log: "",
        };
        const append = (chunk: Buffer) => {
          server.log += chunk.toString();
        };
        server.process.stdout?.on("data", append);
        server.process.stderr?.on("data", append);
        servers.push(server);
      }
      for (const server of servers) {
        while (!server.log.includes("đang chạy tại")) {
          if (server.process.exitCode !== null) throw new Error(`serve stopped: ${server.log}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      }

      execFileSync(
        "openssl",
        [
          "req",
          "-x509",
          "-newkey",
          "rsa:2048",
          "-nodes",
          "-days",
          "1",
          "-subj",
          "/CN=baocao.example.gov.vn",
          "-keyout",
          join(dir, "key.pem"),
          "-out",
          join(dir, "cert.pem"),
        ],
        { stdio: "ignore" },
      );
      httpPort = await freePort();
      httpsPort = await freePort();
      mkdirSync(join(dir, "nginx"));
      const conf = join(dir, "nginx.conf");
      writeFileSync(
        conf,
        nginxConf(documentedNginxSite(ROOT), {
          dir: join(dir, "nginx"),
          httpPort,
          httpsPort,
          upstreams,
          certificate: join(dir, "cert.pem"),
          key: join(dir, "key.pem"),
        }),
      );
      // `nginx -t` first: a directive this nginx does not know fails here with nginx's own words.
      execFileSync(NGINX, [
        "-t",
        "-q",
        "-p",
        join(dir, "nginx"),
        "-c",
        conf,
        "-e",
        join(dir, "nginx/error.log"),
      ]);
      nginx = spawn(NGINX, [
        "-p",
        join(dir, "nginx"),
        "-c",
        conf,
        "-e",
        join(dir, "nginx/error.log"),
      ]);
      for (let i = 0; i < 100; i++) {
        try {
          if ((await https(httpsPort, "/api/health")).status === 200) break;
        } catch {
          // Not listening yet.
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    }, 180_000);

    afterAll(async () => {
      const stopping = [nginx, ...servers.map((s) => s.process)]
        .filter((p) => p && p.exitCode === null && p.signalCode === null)
        .map((p) => {
          const exited = new Promise((r) => p.once("exit", r));
          p.kill("SIGTERM");
          return exited;
        });
      await Promise.all(stopping);
      rmSync(dir, { recursive: true, force: true });
    });

    it("sends plain HTTP to HTTPS", async () => {
      const answer = await fetch(`http://127.0.0.1:${httpPort}/report?unit=NGA_NAM`, {
        redirect: "manual",
      });
      expect(answer.status).toBe(301);
      expect(answer.headers.get("location")).toBe(
        `https://127.0.0.1:${httpsPort}/report?unit=NGA_NAM`,
      );
    });

    it("shares the requests between both processes, each named by nginx's request id", async () => {
      const answers = [];
      for (let i = 0; i < 12; i++) answers.push(await https(httpsPort, "/api/health"));
      expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
      const ids = answers.map((a) => a.headers["x-request-id"] as string);
      // nginx's $request_id: 32 hex digits, passed on by the guide's proxy_set_header.
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
      for (const server of servers) {
        const served = ids.filter((id) => server.log.includes(`"reqId":"${id}"`));
        expect(served.length).toBeGreaterThan(0);
      }
    });

    it("signs in over HTTPS with a Secure cookie, the client's address read from the proxy", async () => {
      // This client stands behind another proxy of the office (its address, 203.0.113.7, comes
      // in X-Forwarded-For); nginx adds its own hop. The servers trust 127.0.0.1 only.
      const login = await https(httpsPort, "/api/auth/login", {
        method: "POST",
        body: { username: "xem", password: DEMO_PASSWORD },
        headers: { "x-forwarded-for": "203.0.113.7" },
      });
      expect(login.status).toBe(200);
      const cookie = ([] as string[]).concat(login.headers["set-cookie"] ?? [])[0] ?? "";
      expect(cookie).toMatch(/^baocao_session=.+; .*Secure/);
      const id = login.headers["x-request-id"] as string;
      const line = servers
        .flatMap((s) => s.log.split("\n"))
        .find((l) => l.includes(`"reqId":"${id}"`) && l.includes("remoteAddress"));
      expect(line).toContain('"remoteAddress":"203.0.113.7"');
    });

    it("keeps answering when one process stops", async () => {
      const [stopped] = servers;
      if (!stopped) throw new Error("no server");
      const exited = new Promise((r) => stopped.process.once("exit", r));
      stopped.process.kill("SIGTERM");
      await exited;
      const answers = [];
      for (let i = 0; i < 6; i++) answers.push(await https(httpsPort, "/api/health"));
      expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
    });
  },
);

if (skipReason) describe("the documented nginx site", () => it.skip(skipReason, () => {}));
