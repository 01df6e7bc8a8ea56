import { afterAll, beforeAll, expect, it } from "vitest";
import { type ApiCall, api } from "../../src/server/contract/index.ts";
import { type ApiFixture, failure, openApiFixture } from "../server/api-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";

const WARD = { unit: "PHUONG_1", period: "2023-08" } as const;
const TOWN = { unit: "NGA_NAM", period: "2023-08" } as const;

/** The error a call fails with (the test fails if it succeeds). */
// The probe's finding: `at(x, UNIT)` in a template read any unit's figures, because only the URL's
// unit was checked. Every route that evaluates a template now checks the units it names.
describeEachEngine("security: a template reads only units the user may read", (fresh) => {
  let f: ApiFixture;
  let ward: ApiCall;
  let office: ApiCall;
  let approver: ApiCall;

  beforeAll(async () => {
    f = await openApiFixture(fresh);
    ward = await f.signIn("phuong1");
    office = await f.signIn("vanphong");
    approver = await f.signIn("lanhdao");
  }, 120_000);
  afterAll(() => f.close());

  const leak = "{{ at(rice_output[he_thu], XA_TAN_LONG) }} {{ at(ytd(budget_revenue), NGA_NAM) }}";

  it("refuses the probe's preview with 403 naming the unit and the line, computing nothing", async () => {
    const error = await failure(
      ward(api.reports.preview, { params: WARD, body: { template: leak } }),
    );
    expect(error.status).toBe(403);
    expect(error.code).toBe("auth.forbidden");
    expect(error.message).toContain("Xã Tân Long (XA_TAN_LONG)");
    expect(error.message).toContain("Dòng 1");
    expect(JSON.stringify(error.details)).not.toMatch(/\d{3,}/);
  });

  it("gives the same answer as the series route for the same unit", async () => {
    const series = await failure(
      ward(api.dashboard.series, {
        query: { unit: "XA_TAN_LONG", period: "2023-08", indicator: "rice_output" },
      }),
    );
    expect(series.status).toBe(403);
  });

  it("refuses the town's office a figure of the province", async () => {
    const error = await failure(
      office(api.reports.preview, {
        params: TOWN,
        body: { template: "Tỉnh: {{ at(ytd(budget_revenue), SOC_TRANG) }}" },
      }),
    );
    expect(error.status).toBe(403);
    expect(error.details).toMatchObject({ unit: "SOC_TRANG", line: 1 });
  });

  it("still reads units inside the grant: the town's office reads a bank of the town", async () => {
    const preview = await office(api.reports.preview, {
      params: TOWN,
      body: { template: "{{ at(credit_outstanding, NN_NHCSXH) | number }}" },
    });
    expect(preview.figures[0]?.problem).toBeUndefined();
    expect(preview.figures[0]?.value).toEqual(expect.any(Number));
  });

  it("refuses to save a draft naming a unit outside the grant, and to issue one", async () => {
    const opened = await office(api.reports.get, { params: TOWN });
    const template = `${opened.current.template}\n\nTỉnh: {{ at(budget_revenue, SOC_TRANG) }}\n`;
    const saving = await failure(
      office(api.reports.saveDraft, {
        params: TOWN,
        body: { template, expectedVersion: opened.current.version },
      }),
    );
    expect(saving.status).toBe(403);
    expect(saving.details).toMatchObject({ unit: "SOC_TRANG" });
    // A draft stored behind the check's back (another tool, an old version) is refused on every
    // route that composes it: opening, downloading and issuing.
    const [current] = await f.engine.store.db
      .selectFrom("reports")
      .select(["version"])
      .where("unit_code", "=", "NGA_NAM")
      .where("period", "=", "2023-08")
      .execute();
    await f.engine.store.db
      .updateTable("reports")
      .set({ template })
      .where("unit_code", "=", "NGA_NAM")
      .where("period", "=", "2023-08")
      .where("version", "=", current?.version ?? 1)
      .execute();
    for (const call of [
      () => office(api.reports.get, { params: TOWN }),
      () => office(api.reports.download, { params: TOWN, query: { format: "html" } }),
      () => approver(api.reports.issue, { params: TOWN, body: { force: true } }),
    ]) {
      const error = await failure(call());
      expect(error.status).toBe(403);
      expect(error.details).toMatchObject({ unit: "SOC_TRANG" });
    }
  });
});
