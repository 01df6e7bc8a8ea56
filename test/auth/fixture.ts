import Fastify, { type FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { BaocaoError } from "../../src/core/errors.ts";
import type { OrgUnit } from "../../src/core/units/index.ts";
import { authorize, registerAuth } from "../../src/server/auth/index.ts";
import { statusOf } from "../../src/server/errors.ts";
import { type AccountSpec, Accounts } from "../../src/services/accounts/index.ts";
import { migrateToLatest, type Store } from "../../src/store/index.ts";

const unit = (code: string, nameVi: string, parent: string | null): OrgUnit => ({
  code,
  nameVi,
  nameEn: code,
  kind: parent ? "commune" : "district",
  parent,
  validFrom: "2013-12-29",
  validTo: null,
});

/** NGA_NAM with two wards/communes under it. */
export const UNITS: readonly OrgUnit[] = [
  unit("NGA_NAM", "Thị xã Ngã Năm", null),
  unit("PHUONG_1", "Phường 1", "NGA_NAM"),
  unit("XA_TAN_LONG", "Xã Tân Long", "NGA_NAM"),
];
const PARENT = new Map(UNITS.map((u) => [u.code, u.parent]));
export const ancestorsOf = (code: string): string[] => {
  const out: string[] = [];
  for (let u = PARENT.get(code); u; u = PARENT.get(u)) out.push(u);
  return out;
};

export const PASSWORD = "mat-khau-dung";

/** A migrated store with the units and three accounts: admin, a ward reporter, a viewer. */
export async function seed(store: Store): Promise<Accounts> {
  await migrateToLatest(store);
  await store.repos.units.upsert(UNITS);
  return addAccounts(store, [
    { username: "admin", displayName: "Quản trị", grants: [{ role: "admin", unit: "NGA_NAM" }] },
    {
      username: "phuong1",
      displayName: "Cán bộ Phường 1",
      grants: [{ role: "reporter", unit: "PHUONG_1" }],
    },
    { username: "xem", displayName: "Người xem", grants: [{ role: "viewer", unit: "NGA_NAM" }] },
  ]);
}

/** Creates these accounts, each with PASSWORD, and gives them their grants (the units must exist). */
export async function addAccounts(
  store: Store,
  specs: readonly Omit<AccountSpec, "password">[],
): Promise<Accounts> {
  const accounts = new Accounts(store, () => new Date("2026-11-25T00:00:00Z"));
  for (const spec of specs) await accounts.ensure({ ...spec, password: PASSWORD });
  return accounts;
}

/**
 * A bare app with auth, the API's error shape and two guarded routes, standing in for the server
 * until its wiring lands.
 */
export async function authApp(
  store: Store,
  clock: () => Date,
  options: { secureCookies?: boolean; sessionHours?: number } = {},
): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof BaocaoError) {
      return reply.status(statusOf(error)).send({
        error: { code: error.code, message: error.message, details: { ...error.details } },
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply
        .status(400)
        .send({ error: { code: "request.invalid", message: error.message, details: {} } });
    }
    return reply.status(500).send({ error: { code: "server.error", message: String(error) } });
  });
  const names = new Map(UNITS.map((u) => [u.code, u.nameVi]));
  await registerAuth(app, {
    store,
    ancestorsOf,
    unitName: (code) => names.get(code),
    clock,
    secureCookies: options.secureCookies ?? false,
    ...(options.sessionHours === undefined ? {} : { sessionHours: options.sessionHours }),
  });
  app.get<{ Params: { unit: string } }>("/api/units/:unit/data", async (request) => {
    authorize(request, "data.read", request.params.unit);
    return { ok: true };
  });
  app.post<{ Params: { unit: string } }>("/api/units/:unit/values", async (request) => {
    const user = authorize(request, "value.write", request.params.unit);
    return { ok: true, by: user.username };
  });
  await app.ready();
  return app;
}
