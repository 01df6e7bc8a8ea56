import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildUnitHistory, type OrgUnit, remapValues, type UnitEvent } from "./index.ts";

interface Op {
  readonly type: "merge" | "split" | "dissolve";
  readonly picks: readonly number[];
  readonly weights: readonly number[];
  readonly survive: boolean;
  readonly absorb: boolean;
}

const opArb: fc.Arbitrary<Op> = fc.record({
  type: fc.constantFrom("merge", "split", "merge", "split", "dissolve"),
  picks: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
  weights: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 4 }),
  survive: fc.boolean(),
  absorb: fc.boolean(),
});

const planArb = fc.record({
  communes: fc.array(fc.nat(), { minLength: 2, maxLength: 10 }),
  districts: fc.integer({ min: 0, max: 3 }),
  steps: fc.array(fc.array(opArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
});

type Plan = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

/** Turns random numbers into a valid history: provinces, districts, and communes that restructure. */
function buildPlan(plan: Plan): { units: OrgUnit[]; events: UnitEvent[]; dates: string[] } {
  const units: { -readonly [K in keyof OrgUnit]: OrgUnit[K] }[] = [];
  const add = (code: string, kind: OrgUnit["kind"], parent: string | null, validFrom: string) => {
    units.push({
      code,
      nameVi: `Đơn vị ${code}`,
      nameEn: code,
      kind,
      parent,
      validFrom,
      validTo: null,
    });
  };
  add("P1", "province", null, "2000-01-01");
  add("P2", "province", null, "2000-01-01");
  const containers = ["P1", "P2"];
  for (let d = 0; d < plan.districts; d++) {
    add(`D${d}`, "district", `P${(d % 2) + 1}`, "2000-01-01");
    containers.push(`D${d}`);
  }
  plan.communes.forEach((pick, i) => {
    add(`C${i}`, "commune", containers[pick % containers.length] ?? "P1", "2000-01-01");
  });
  let live = units.filter((u) => u.kind === "commune").map((u) => u.code);
  const byCode = (code: string) => units.find((u) => u.code === code) as (typeof units)[number];
  const events: UnitEvent[] = [];
  const dates: string[] = [];
  let counter = 0;
  plan.steps.forEach((ops, s) => {
    const date = `${2001 + s}-01-01`;
    dates.push(date);
    const busy = new Set<string>();
    const created: string[] = [];
    const end = (code: string) => {
      byCode(code).validTo = date;
      live = live.filter((c) => c !== code);
    };
    const fresh = (parentOf: string) => {
      const code = `N${counter++}`;
      add(code, "commune", byCode(parentOf).parent, date);
      created.push(code);
      return code;
    };
    ops.forEach((op, o) => {
      const free = live.filter((c) => !busy.has(c));
      const sources = [...new Set(op.picks.map((p) => free[p % Math.max(free.length, 1)]))].filter(
        (c) => c !== undefined,
      );
      const first = sources[0];
      if (first === undefined) return;
      const id = `${date}-${o}`;
      if (op.type === "dissolve") {
        busy.add(first);
        end(first);
        events.push({ id, kind: "dissolve", date, unit: first });
      } else if (op.type === "merge") {
        for (const code of sources) busy.add(code);
        const target = op.survive ? first : fresh(first);
        for (const code of sources) if (code !== target) end(code);
        events.push({ id, kind: "merge", date, sources, target });
      } else {
        busy.add(first);
        const total = op.weights.reduce((a, b) => a + b, 0);
        const absorber = free.find((c) => !busy.has(c));
        const targets = op.weights.map((w, i) => {
          const unit =
            i === 0 && op.survive
              ? first
              : i === 1 && op.absorb && absorber
                ? absorber
                : fresh(first);
          busy.add(unit);
          return { unit, weight: w / total };
        });
        if (!targets.some((t) => t.unit === first)) end(first);
        events.push({ id, kind: "split", date, source: first, targets });
      }
    });
    live.push(...created);
  });
  return { units, events, dates };
}

const sum = (values: readonly (number | null)[]) =>
  values.reduce<number>((a, b) => a + (b ?? 0), 0);

describe("remapping properties", () => {
  it("never creates or loses value: sum in = sum out + sum of dissolved values", () => {
    fc.assert(
      fc.property(
        planArb,
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 40, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (plan, numbers, a, b) => {
          const { units, events, dates } = buildPlan(plan);
          const history = buildUnitHistory(units, events);
          const points = ["2000-06-01", ...dates, "2030-01-01"];
          const from = points[a % points.length] as string;
          const to = points[Math.max(a % points.length, b % points.length)] as string;
          const sources = history.treeAsOf(from).units;
          const values = sources.map((u, i) => ({
            unit: u.code,
            value: numbers[i % numbers.length] ?? 0,
          }));
          const result = remapValues(values, history.mappingBetween(from, to));
          const totalIn = sum(values.map((v) => v.value));
          const totalOut =
            sum(result.values.map((v) => v.value)) + sum(result.unmapped.map((v) => v.value));
          const scale = Math.max(1, sum(values.map((v) => Math.abs(v.value))));
          expect(Math.abs(totalIn - totalOut)).toBeLessThanOrEqual(1e-9 * scale);
          if (!events.some((e) => e.kind === "dissolve")) expect(result.unmapped).toEqual([]);
          for (const value of result.values) {
            expect(
              value.computable &&
                Math.abs(value.value - sum(value.contributions.map((c) => c.value))),
            ).toBeLessThanOrEqual(1e-9 * scale);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("rebuilds an old subtree from today's units exactly when it says it can", () => {
    fc.assert(
      fc.property(
        planArb,
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 40, maxLength: 40 }),
        (plan, numbers) => {
          const { units, events } = buildPlan(plan);
          const history = buildUnitHistory(units, events);
          const oldTree = history.treeAsOf("2000-06-01");
          const values = oldTree.units.map((u, i) => ({
            unit: u.code,
            value: numbers[i % numbers.length] ?? 0,
          }));
          const today = remapValues(values, history.mappingBetween("2000-06-01", "2030-01-01"));
          const back = remapValues(
            today.values.map((v) => ({ unit: v.unit, value: v.value ?? 0 })),
            history.mappingBetween("2030-01-01", "2000-06-01"),
          );
          const original = new Map(values.map((v) => [v.unit, v.value]));
          for (const rebuilt of back.values) {
            if (!rebuilt.computable) continue;
            const group = [rebuilt.unit, ...oldTree.descendants(rebuilt.unit).map((u) => u.code)];
            const kept = group.filter((code) => !rebuilt.notCarried.includes(code));
            expect(rebuilt.value).toBeCloseTo(sum(kept.map((code) => original.get(code) ?? 0)), 6);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
