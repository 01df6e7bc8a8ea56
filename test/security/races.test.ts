import { afterAll, beforeAll, expect, it } from "vitest";
import { type ApiCall, ApiError, api } from "../../src/server/contract/index.ts";
import { type ApiFixture, openApiFixture } from "../server/api-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";

const WARD = { unit: "PHUONG_1", period: "2023-08" } as const;
const INDICATORS = [
  "jobs_created",
  "houses_damaged",
  "mediation_cases",
  "portal_articles",
  "hfmd_cases",
];
const PAIRS = 60;

// The probe's finding: on PostgreSQL the loser of a race for the same new cell got 500 (a
// duplicate key of value_audit) in 978 of 1,000 pairs. Every loser must get 409 with the value
// that won, on both engines, whatever the timing.
describeEachEngine("security: the loser of a race for one cell gets 409", (fresh) => {
  let f: ApiFixture;
  let first: ApiCall;
  let second: ApiCall;

  beforeAll(async () => {
    f = await openApiFixture(fresh);
    first = await f.signIn("phuong1");
    second = await f.signIn("vanphong");
  }, 120_000);
  afterAll(() => f.close());

  it(`in ${PAIRS} pairs of saves of the same new cell, one wins and the other gets 409`, async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < PAIRS; i++) {
      // A cell that holds no value yet (the dataset stops in 2023): both writers say so (version 0).
      const cell = {
        unit: WARD.unit,
        indicator: INDICATORS[i % INDICATORS.length] as string,
        period: `2024-${String(Math.floor(i / INDICATORS.length) + 1).padStart(2, "0")}`,
      };
      const save = (who: ApiCall, value: number) =>
        who(api.values.save, {
          body: { values: [{ ...cell, value, expectedVersion: 0 }] },
        }).then(
          () => "saved",
          (error: unknown) =>
            error instanceof ApiError ? `${error.status} ${error.code}` : "threw",
        );
      const pair = await Promise.all([save(first, i), save(second, 1000 + i)]);
      outcomes.push(pair.sort().join(" | "));
    }
    const distinct = [...new Set(outcomes)];
    expect(distinct).toEqual(["409 value.conflict | saved"]);
  }, 120_000);
});
