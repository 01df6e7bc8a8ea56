import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import { z } from "zod";
import { Engine, everAncestors } from "../engine/index.ts";
import {
  type Composer,
  ComposerPool,
  inThreadComposer,
  ReportService,
  SectionService,
} from "../report/index.ts";
import { type SignInHint, UserAdmin } from "../services/accounts/index.ts";
import { CatalogueAdmin } from "../services/catalogue-admin/index.ts";
import {
  type Mailer,
  remindersFor,
  type SweepSchedule,
  startSweeps,
} from "../services/reminders/index.ts";
import { type Store, schemaStatus } from "../store/index.ts";
import { AnswerCache } from "./answer-cache.ts";
import { registerAuth } from "./auth/index.ts";
import { registerCompression } from "./compression.ts";
import type { ServerContext } from "./context.ts";
import { installErrorHandler, installNotFoundHandler } from "./errors.ts";
import { type LogLevel, newRequestId } from "./logging.ts";
import { registerMetrics } from "./metrics.ts";
import { registerReadRouting } from "./read-routing.ts";
import { countersOf } from "./request-counters.ts";
import { catalogueRoutes } from "./routes/catalogue.ts";
import { catalogueAdminRoutes } from "./routes/catalogue-admin.ts";
import { commitmentRoutes } from "./routes/commitments.ts";
import { dashboardRoutes } from "./routes/dashboard.ts";
import { formRoutes } from "./routes/forms.ts";
import { pastReportRoutes } from "./routes/past-reports.ts";
import { registerRemovalRoutes } from "./routes/register-removals.ts";
import { registerRoutes } from "./routes/registers.ts";
import { reminderRoutes } from "./routes/reminders.ts";
import { reportRoutes } from "./routes/reports.ts";
import { sectionRoutes } from "./routes/sections.ts";
import { submissionRoutes } from "./routes/submissions.ts";
import { targetRoutes } from "./routes/targets.ts";
import { unitsAdminRoutes } from "./routes/units-admin.ts";
import { userRoutes } from "./routes/users.ts";
import { valueRoutes } from "./routes/values.ts";
import { registerSecurityHeaders } from "./security-headers.ts";
import { fastifyTrustProxy, type TrustProxy } from "./trust-proxy.ts";
import { registerWebAssets } from "./web-assets.ts";

// Request validation messages in Vietnamese, like every other message users read.
z.config(z.locales.vi());

/** What the server needs from outside: the open store and the running version. */
export interface AppDeps {
  readonly store: Store;
  readonly version: string;
  /** An engine already open on the store (else one is opened). */
  readonly engine?: Engine;
  /** The built web app (`web/dist`) to serve at `/`; nothing is served there when absent. */
  readonly webRoot?: string;
  /** Now; tests pass a fixed clock. */
  readonly clock?: () => Date;
  /**
   * Always mark the session cookie Secure; without it the cookie is Secure on requests over
   * HTTPS (directly, or `X-Forwarded-Proto: https` from a trusted proxy).
   */
  readonly secureCookies?: boolean;
  /**
   * The reverse proxies in front of the server (`parseTrustProxy`): the client's address (for the
   * login limit) and protocol are then read from `X-Forwarded-For` / `X-Forwarded-Proto`. Without
   * it those headers are ignored, since any client could send them.
   */
  readonly trustProxy?: TrustProxy;
  /** The demo's accounts for the login page: only a server running the demo shows them. */
  readonly demoHint?: SignInHint;
  /** Check every answer against its route's schema (tests do; it costs time). */
  readonly validateResponses?: boolean;
  /**
   * What the server logs, as JSON lines on standard output (pino, each with the request's id):
   * by default `error`, only answers that failed on the server's side (5xx) with their cause, so
   * no failure goes unrecorded; `info` every request and its answer; `silent` nothing.
   */
  readonly logLevel?: LogLevel;
  /** How long a session lives after its last use, in hours (default 12). */
  readonly sessionHours?: number;
  /**
   * Worker threads that compose reports, so a long composition never holds the event loop
   * (default: one per core, at most 4; 0 composes on the event loop, as a store in memory must).
   */
  readonly composeWorkers?: number;
  /** Start the composing workers now (a server about to serve users), not on the first report. */
  readonly warmUp?: boolean;
  /** Sends reminders by e-mail too (`--smtp`); without one they are in the app only. */
  readonly mailer?: Mailer;
  /** Sweep for reminders now and then at this pace (`baocao serve`); tests leave it out. */
  readonly reminderSweeps?: SweepSchedule;
}

/** How long one composition may run in a worker before it is stopped and refused. */
const COMPOSE_TIME_LIMIT_MS = 20_000;

/**
 * Builds the HTTP application (not yet listening), so tests can `inject` requests: the API of
 * `contract/` with its OpenAPI document at `/api/openapi.json` and docs at `/api/docs`, sessions
 * and grants, and the web app.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: deps.logLevel ?? "error" },
    // A proxy's request id (nginx: proxy_set_header X-Request-Id $request_id) names the request in
    // the logs of both; without one the server makes one. The answer carries it back.
    genReqId: newRequestId,
    bodyLimit: 5 * 1024 * 1024,
    trustProxy: fastifyTrustProxy(deps.trustProxy),
  });
  app.setValidatorCompiler(validatorCompiler);
  // Checking every answer against its schema costs as much as computing it (7 ms for the
  // dashboard); the handlers' types already follow the schemas, so tests check and production trusts.
  app.setSerializerCompiler(
    deps.validateResponses ? serializerCompiler : () => (data) => JSON.stringify(data),
  );
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  installErrorHandler(app);
  await registerSecurityHeaders(app, { secureCookies: deps.secureCookies ?? false });
  await registerCompression(app);

  const engine = deps.engine ?? (await Engine.open(deps.store));
  const clock = deps.clock ?? (() => new Date());
  const composer = composerFor(deps, engine);
  app.addHook("onClose", () => composer.close());
  const now = () => clock().toISOString();
  const ctx: ServerContext = {
    engine,
    reports: new ReportService(engine, composer),
    sections: new SectionService(engine, composer, now),
    now,
    answers: new AnswerCache(),
    reminders: remindersFor(engine, now, deps.mailer),
  };
  registerMetrics(app, ctx.answers, deps.store.readReplica);
  if (deps.reminderSweeps) {
    const stop = startSweeps(ctx.reminders, deps.reminderSweeps, now, (error) =>
      app.log.error({ err: error }, "reminder sweep failed"),
    );
    app.addHook("onClose", async () => stop());
  }
  if (deps.mailer) {
    const { mailer } = deps;
    app.addHook("onClose", async () => mailer.close());
  }

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "baocao API",
        description:
          "Báo cáo kinh tế - xã hội hằng tháng: số liệu, tổng hợp, báo cáo, danh mục dự án và nhiệm vụ. Lỗi luôn có dạng { error: { code, message, details } }.",
        version: deps.version,
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "baocao_session" } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  const ancestorsOf = (unit: string) => everAncestors(engine, unit);
  const unitName = (unit: string) => engine.units.nameOf(unit);
  const users = new UserAdmin({ store: deps.store, ancestorsOf, unitName, clock });
  await registerAuth(app, {
    store: deps.store,
    ancestorsOf,
    unitName,
    users,
    clock,
    ...(deps.secureCookies ? { secureCookies: true } : {}),
    ...(deps.demoHint ? { demoHint: deps.demoHint } : {}),
    ...(deps.sessionHours === undefined ? {} : { sessionHours: deps.sessionHours }),
  });

  // The catalogue and units in memory follow changes made by other processes on the database.
  // The data epoch read there is the one the request's cached answers are checked against.
  app.decorateRequest("dataEpoch", -1);
  app.addHook("preHandler", async (request) => {
    if (request.url.startsWith("/api/")) {
      request.dataEpoch = await engine.refresh(await countersOf(request, deps.store));
    }
  });
  registerReadRouting(app, deps.store);

  // Ready to serve: the database answers and its schema is the one this version expects (a
  // load balancer or systemd holds traffic back otherwise). /api/health only says the process runs.
  app.get("/api/ready", { schema: { hide: true } }, async (_request, reply) => {
    try {
      const { pending, unknown } = await schemaStatus(deps.store);
      if (pending.length === 0 && unknown.length === 0) return { status: "ready" };
      return reply.status(503).send({ status: "schema_mismatch", pending, unknown });
    } catch (error) {
      return reply.status(503).send({
        status: "database_unavailable",
        reason: (error instanceof Error ? error.message : String(error)).slice(0, 300),
      });
    }
  });
  app.get("/api/health", { schema: { hide: true } }, async () => ({
    status: "ok",
    version: deps.version,
    database: deps.store.engine,
  }));
  for (const routes of [
    catalogueRoutes,
    dashboardRoutes,
    valueRoutes,
    reportRoutes,
    registerRoutes,
    registerRemovalRoutes,
    commitmentRoutes,
    formRoutes,
    pastReportRoutes,
    submissionRoutes,
    sectionRoutes,
    reminderRoutes,
    unitsAdminRoutes,
  ])
    routes(app, ctx);
  userRoutes(app, users);
  targetRoutes(app, engine, ancestorsOf);
  catalogueAdminRoutes(app, ctx, new CatalogueAdmin({ engine, ancestorsOf, now }));

  const serveWebApp = deps.webRoot !== undefined && existsSync(deps.webRoot);
  if (serveWebApp && deps.webRoot) await registerWebAssets(app, deps.webRoot);
  installNotFoundHandler(app, serveWebApp);
  return app;
}

function composerFor(deps: AppDeps, engine: Engine): Composer {
  const size = deps.composeWorkers ?? Math.min(4, availableParallelism());
  const location = deps.store.location;
  if (size === 0 || !location) return inThreadComposer(engine);
  return new ComposerPool({
    location,
    size,
    timeLimitMs: COMPOSE_TIME_LIMIT_MS,
    queueLimit: 64,
    ...(deps.warmUp ? { warm: true } : {}),
  });
}
