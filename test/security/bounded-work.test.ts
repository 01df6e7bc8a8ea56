import { afterAll, beforeAll, expect, it } from "vitest";
import { type ApiCall, ApiError, api } from "../../src/server/contract/index.ts";
import { type ApiFixture, openApiFixture } from "../server/api-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";

const TOWN = { unit: "NGA_NAM", period: "2023-08" } as const;

const aliasBomb = [
  "---",
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
  "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
  "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
  "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
  "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
  "title: [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
  "---",
  "Nội dung",
].join("\n");

// The probe's findings: templates that froze the event loop (time growing faster than size) or
// answered 500. Each is now a 400 with the line (and column, where there is one) of the problem.
const CASES: readonly (readonly [string, string, string, Record<string, unknown>])[] = [
  [
    "a 200 KB figure {{ 1+1+…+1 }}",
    `{{ ${Array.from({ length: 100_000 }, () => "1").join("+")} }}`,
    "report.figure_too_complex",
    { line: 1, reason: "too_long" },
  ],
  ["80,000 unclosed {{", "{{ ".repeat(80_000), "report.unclosed_figure", { line: 1, column: 1 }],
  [
    "10,000 nested brackets",
    `{{ ${"(".repeat(10_000)}1${")".repeat(10_000)} }}`,
    "report.figure_too_complex",
    { line: 1 },
  ],
  ["100,000 unary minus", `{{ ${"-".repeat(100_000)}1 }}`, "report.figure_too_complex", {}],
  [
    "20,000 nested if(",
    `x\n{{ ${"if(true, ".repeat(20_000)}1${", 0)".repeat(20_000)} }}`,
    "report.figure_too_complex",
    { line: 2 },
  ],
  [
    "deep nesting within the length limit",
    `{{ ${"-(".repeat(60)}1${")".repeat(60)} }}`,
    "report.figure_too_complex",
    { reason: "too_deep" },
  ],
  ["a YAML alias bomb", aliasBomb, "report.front_matter", {}],
  [
    "front matter recipients: 5",
    "---\nrecipients: 5\n---\nx",
    "report.front_matter",
    { field: "recipients" },
  ],
  ["front matter title: 123", "---\ntitle: 123\n---\nx", "report.front_matter", { field: "title" }],
  ["front matter that is not YAML", "---\ntitle: [\n---\nx", "report.front_matter", { line: 2 }],
  ["3,001 figures", "{{ 1 }} ".repeat(3_001), "report.too_many_figures", { figures: 3_001 }],
];

describeEachEngine("security: hostile templates get a 400 with their position", (fresh) => {
  let f: ApiFixture;
  let viewer: ApiCall;

  beforeAll(async () => {
    f = await openApiFixture(fresh);
    viewer = await f.signIn("xem");
  }, 120_000);
  afterAll(() => f.close());

  it.each(CASES)("%s", async (_, template, code, details) => {
    let error: unknown;
    try {
      await viewer(api.reports.preview, { params: TOWN, body: { template } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code, details: expect.objectContaining(details) });
    expect((error as ApiError).message).toMatch(/dòng|Dòng|trường|giới hạn/);
    // A message never echoes the hostile input back whole.
    expect((error as ApiError).message.length).toBeLessThan(500);
  });

  it("refuses a template longer than the limit before reading it", async () => {
    const template = "{{ ".repeat(120_000);
    await expect(
      viewer(api.reports.preview, { params: TOWN, body: { template } }),
    ).rejects.toMatchObject({ status: 400, code: "request.invalid" });
  });

  // The probe's finding: a 4.9 MB unknown code came back in a 9.8 MB error.
  it("never echoes a huge unknown code back whole", async () => {
    const office = await f.signIn("vanphong");
    const code = "X".repeat(2_000_000);
    const error = await office(api.values.save, {
      body: {
        values: [
          { indicator: code, unit: "PHUONG_1", period: "2023-08", value: 1, expectedVersion: 0 },
        ],
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404 });
    expect(JSON.stringify(error).length).toBeLessThan(5_000);
    expect((error as ApiError).message.length).toBeLessThan(1_100);
  });

  // The probe's finding: /api/health waited 60 s behind one composition. Compositions run in
  // worker threads now, so the event loop answers while a long one is still being composed.
  it("answers /api/health while a long composition is still running", async () => {
    const finished: string[] = [];
    const heavy = `${"{{ ytd(sum_children(rice_output)) }} ".repeat(2_500)}`;
    const composing = viewer(api.reports.preview, {
      params: TOWN,
      body: { template: heavy },
    }).then((answer) => {
      finished.push("preview");
      return answer;
    });
    // Let the preview reach its worker before asking.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const health = await f.app.inject({ method: "GET", url: "/api/health" });
    finished.push("health");
    expect(health.statusCode).toBe(200);
    // A real composition of 2,500 figures, not a quick refusal.
    expect(JSON.stringify(await composing).length).toBeGreaterThan(20_000);
    expect(finished).toEqual(["health", "preview"]);
  }, 120_000);
});
