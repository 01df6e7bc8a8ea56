import type { Grant } from "../../src/core/access/index.ts";
import type { ReportingRegime } from "../../src/core/regimes/index.ts";
import type { TransitionActor } from "../../src/core/submissions/index.ts";

// The town fixture's tree (test/engine/fixture.ts) as far as the collection cycle's tests reach.
const PARENT: Readonly<Record<string, string>> = { NN: "ST", P1: "NN", P2: "NN", LB: "NN" };

/** The units above `unit` in the town fixture, nearest first. */
export const ancestorsOf = (unit: string): string[] => {
  const out: string[] = [];
  for (let u = PARENT[unit]; u !== undefined; u = PARENT[u]) out.push(u);
  return out;
};

/** Someone holding these grants, as the transition table sees them. */
export const as = (username: string, ...grants: Grant[]): TransitionActor => ({
  username,
  grants,
  ancestorsOf,
});

/** Who moves a ward's form along: its reporter, the town's approver, the province's admin. */
export const reporter = as("p1", { role: "reporter", unit: "P1" });
export const leader = as("lanhdao", { role: "approver", unit: "NN" });
export const admin = as("admin", { role: "admin", unit: "ST" });

/** The wards' monthly form, due on the 16th under Decree 09; tests add what they need. */
export function wardsMonthly(overrides: Partial<ReportingRegime> = {}): ReportingRegime {
  return {
    code: "wards_monthly",
    nameVi: "Báo cáo tháng của phường",
    frequency: "month",
    cutoff: "decree09",
    deadlineDay: 16,
    reportingUnits: ["P1", "P2"],
    indicators: ["received"],
    ...overrides,
  };
}
