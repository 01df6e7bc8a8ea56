import { afterAll, beforeAll, expect, it } from "vitest";
import { ROLES, type Role } from "../../src/core/access/index.ts";
import { isBaocaoError } from "../../src/core/errors.ts";
import {
  TRANSITION_RULES,
  TRANSITIONS,
  type Transition,
  type TransitionActor,
} from "../../src/core/submissions/index.ts";
import type { Engine } from "../../src/engine/index.ts";
import type { Store } from "../../src/store/index.ts";
import { townEngine } from "../engine/fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { admin, as, leader, reporter, wardsMonthly } from "./fixture.ts";

/** Who may do what, granted on the ward itself or on the town above it (as in the core's table). */
const ALLOWED: Readonly<Record<Transition, { P1: Role[]; NN: Role[] }>> = {
  submit: { P1: ["admin", "office", "reporter"], NN: ["admin", "office", "reporter"] },
  approve: { P1: [], NN: ["admin", "office", "approver"] },
  return: { P1: [], NN: ["admin", "office", "approver"] },
  reopen: { P1: ["admin"], NN: ["admin"] },
};

/** The transitions that bring a fresh form to where each transition starts from. */
const BEFORE: Readonly<Record<Transition, readonly Transition[]>> = {
  submit: [],
  approve: ["submit"],
  return: ["submit"],
  reopen: ["submit", "approve"],
};

describeEachEngine("every transition × role × place of the grant, stored", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeAll(async () => {
    store = await fresh();
    engine = await townEngine(store, () => "2023-08-14T03:00:00.000Z");
    await engine.import({ regimes: [wardsMonthly()] }, { by: "system", via: "system" });
  });
  afterAll(() => store.close());

  let month = 0;
  for (const transition of TRANSITIONS)
    for (const role of ROLES)
      for (const place of ["P1", "NN"] as const) {
        const allowed = ALLOWED[transition][place].includes(role);
        it(`${transition} by ${role} on ${place}: ${allowed ? "stored" : "refused, nothing stored"}`, async () => {
          // Each case has its own month, so the cases share one database.
          month++;
          const period = `${2030 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
          const key = { unitCode: "P1", regimeCode: "wards_monthly", period };
          const setup: Record<Transition, TransitionActor> = {
            submit: reporter,
            approve: leader,
            return: leader,
            reopen: admin,
          };
          let version = 0;
          for (const step of BEFORE[transition]) {
            await engine.submissions.transition({
              ...key,
              transition: step,
              expectedVersion: version,
              actor: setup[step],
            });
            version++;
          }
          const attempt = engine.submissions.transition({
            ...key,
            transition,
            expectedVersion: version,
            actor: as("someone", { role, unit: place }),
            comment: "ý kiến",
          });
          if (allowed) {
            const view = await attempt;
            expect([view.state, view.version]).toEqual([
              TRANSITION_RULES[transition].to,
              version + 1,
            ]);
          } else {
            const error = await attempt.catch((e: unknown) => e);
            expect(isBaocaoError(error, "submission.forbidden")).toBe(true);
            expect((await engine.submissions.get(key)).events).toHaveLength(version);
          }
        });
      }
});
