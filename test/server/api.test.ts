import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_PASSWORD } from "../../src/cli/demo-accounts.ts";
import { Engine } from "../../src/engine/index.ts";
import { type ApiCall, api } from "../../src/server/contract/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { type ApiFixture, failure, openApiFixture } from "./api-fixture.ts";

const TOWN = { unit: "NGA_NAM", period: "2023-08" } as const;
const WARD = { unit: "PHUONG_1", period: "2023-08" } as const;

/** The error a call fails with (the test fails if it succeeds). */
describeEachEngine("HTTP API on the reference dataset", (fresh) => {
  let f: ApiFixture;
  let office: ApiCall;
  let viewer: ApiCall;
  let approver: ApiCall;
  let ward: ApiCall;
  let commune: ApiCall;

  beforeAll(async () => {
    f = await openApiFixture(fresh);
    office = await f.signIn("vanphong");
    viewer = await f.signIn("xem");
    approver = await f.signIn("lanhdao");
    ward = await f.signIn("phuong1");
    commune = await f.signIn("xa1");
  }, 120_000);
  afterAll(() => f.close());

  describe("errors and documents", () => {
    it("refuses a request without a session with 401 and the one error shape", async () => {
      const response = await f.app.inject({ url: "/api/dashboard?unit=NGA_NAM&period=2023-08" });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ error: { code: "auth.required" } });
      expect(response.json().error.message).toMatch(/đăng nhập/i);
    });

    // Issue 19: the counters (data, definitions, sessions) in one read, and the session from
    // memory while the sessions counter stands still.
    it("reads the database once before the handler of a signed-in request", async () => {
      await viewer(api.auth.me, {});
      const counters = vi.spyOn(f.store.repos.epochs, "counters");
      const sessions = vi.spyOn(f.store.repos.sessions, "findActive");
      try {
        await viewer(api.auth.me, {});
        expect(counters).toHaveBeenCalledTimes(1);
        expect(sessions).not.toHaveBeenCalled();
      } finally {
        counters.mockRestore();
        sessions.mockRestore();
      }
    });

    it("names the field of a malformed request, in Vietnamese", async () => {
      const error = await failure(
        viewer(api.dashboard.dashboard, { query: { unit: "NGA_NAM", period: "2023-13" } }),
      );
      expect(error.status).toBe(400);
      expect(error.code).toBe("request.invalid");
      expect(error.message).toContain("querystring.period");
      expect(error.message).toContain("2023-08");
    });

    it("answers an unknown route with 404 in the same shape", async () => {
      const response = await f.app.inject({ url: "/api/nothing-here" });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe("route.not_found");
    });

    it("publishes an OpenAPI document listing every route of the contract", async () => {
      const response = await f.app.inject({ url: "/api/openapi.json" });
      expect(response.statusCode).toBe(200);
      const doc = response.json<{ openapi: string; paths: Record<string, object> }>();
      expect(doc.openapi).toMatch(/^3\./);
      const routes = Object.values(api).flatMap((group) => Object.values(group));
      for (const route of routes) {
        const path = route.path.replace(/:([A-Za-z_]+)/g, "{$1}");
        expect(doc.paths[path], path).toHaveProperty(route.method.toLowerCase());
      }
      const docs = await f.app.inject({ url: "/api/docs" });
      expect(docs.statusCode).toBeLessThan(400);
    });
  });

  describe("catalogue and units", () => {
    it("gives the catalogue to any signed-in user and nothing without a session", async () => {
      const catalogue = await ward(api.catalogue.catalogue);
      expect(catalogue.sectors).toHaveLength(4);
      const rice = catalogue.indicators.find((i) => i.code === "rice_output");
      expect(rice).toMatchObject({ unitNameVi: "tấn", overTime: "sum", overUnits: "sum" });
      expect(rice?.disaggregations[0]?.options.map((o) => o.code)).toContain("he_thu");
      expect((await failure(f.anonymous()(api.catalogue.catalogue))).status).toBe(401);
    });

    it("follows a change of the units made by another server process", async () => {
      const other = await Engine.open(f.store);
      const ward = other.units.units.find((u) => u.code === "PHUONG_3");
      if (!ward) throw new Error("PHUONG_3 is missing from the reference dataset");
      await other.saveUnits([{ ...ward, nameVi: "Phường Ba" }]);
      const { units } = await viewer(api.catalogue.units, { query: { asOf: "2023-08-01" } });
      expect(units.find((u) => u.code === "PHUONG_3")?.nameVi).toBe("Phường Ba");
      await other.saveUnits([ward]);
    });

    it("gives the unit tree of a date and a unit's history", async () => {
      const { units } = await viewer(api.catalogue.units, { query: { asOf: "2023-08-01" } });
      expect(units.find((u) => u.code === "PHUONG_1")?.parent).toBe("NGA_NAM");
      const history = await viewer(api.catalogue.unitHistory, { params: { code: "PHUONG_1" } });
      expect(history.parents[0]?.parent).toBe("NGA_NAM");
      expect((await failure(f.anonymous()(api.catalogue.units, { query: {} }))).status).toBe(401);
    });
  });

  describe("dashboard", () => {
    it("shows the reference figures: rice output to date 240.849 t, 2.725 t more than 2022", async () => {
      const dashboard = await viewer(api.dashboard.dashboard, { query: TOWN });
      expect(dashboard.unit.nameVi).toContain("Ngã Năm");
      expect(dashboard.sectors.map((s) => s.code)).toContain("economy");
      const rice = dashboard.sectors
        .flatMap((s) => s.lines)
        .find((l) => l.indicator === "rice_output");
      expect(rice?.ytd.value).toBe(240849);
      expect(rice?.samePeriodLastYearYtd.value).toBe(240849 - 2725);
      expect(dashboard.reporting.some((r) => r.unit === "PHUONG_1")).toBe(true);
    });

    it("serves a cached dashboard until any process changes the data", async () => {
      const line = async () =>
        (await viewer(api.dashboard.dashboard, { query: TOWN })).sectors
          .flatMap((s) => s.lines)
          .find((l) => l.indicator === "mediation_cases");
      const before = await line();
      const epoch = await f.engine.dataEpoch();
      await line();
      expect(await f.engine.dataEpoch()).toBe(epoch);
      // Another server process on the same database: its write must reach this one's cache.
      const other = await Engine.open(f.store);
      const [stored] = await other.storedValues({
        unitCodes: ["XA_MY_BINH"],
        periods: ["2023-08"],
        indicatorCodes: ["mediation_cases"],
      });
      await other.write(
        [
          {
            indicator: "mediation_cases",
            unit: "XA_MY_BINH",
            period: "2023-08",
            value: (stored?.value ?? 0) + 5,
          },
        ],
        { by: "other-process", via: "api" },
      );
      expect(await f.engine.dataEpoch()).toBeGreaterThan(epoch);
      expect((await line())?.value.value).toBe((before?.value.value ?? 0) + 5);
    });

    // Issue 19: one computation at a time; readers after a save wait for one shared recompute
    // that sees the save, not for the computation that was running when the save landed.
    it("gives every reader after a save the new figures while an older computation runs", async () => {
      const line = (dashboard: { sectors: { lines: { indicator: string }[] }[] }) =>
        dashboard.sectors.flatMap((s) => s.lines).find((l) => l.indicator === "jobs_created") as
          | { value: { value: number | null } }
          | undefined;
      const save = async (value: number) => {
        const [stored] = await f.engine.storedValues({
          unitCodes: ["XA_TAN_LONG"],
          periods: ["2023-08"],
          indicatorCodes: ["jobs_created"],
        });
        await f.engine.write(
          [
            {
              indicator: "jobs_created",
              unit: "XA_TAN_LONG",
              period: "2023-08",
              value,
              expectedVersion: stored?.version ?? 0,
            },
          ],
          { by: "vanphong", via: "form" },
        );
      };
      const total = async () => line(await viewer(api.dashboard.dashboard, { query: TOWN }));
      const before = (await total())?.value.value ?? 0;
      const [stored] = await f.engine.storedValues({
        unitCodes: ["XA_TAN_LONG"],
        periods: ["2023-08"],
        indicatorCodes: ["jobs_created"],
      });
      const old = stored?.value ?? 0;
      // Hold the town's dashboard query until the test lets it go.
      const query = f.engine.query.bind(f.engine);
      let release: () => void = () => {};
      const gate = new Promise<void>((r) => {
        release = r;
      });
      let computations = 0;
      const spy = vi.spyOn(f.engine, "query").mockImplementation(async (request) => {
        if (request.units?.[0] === "NGA_NAM" && request.measures?.includes("targets")) {
          computations++;
          if (computations === 1) await gate;
        }
        return query(request);
      });
      try {
        await save(old + 1);
        const early = Array.from({ length: 5 }, () => total());
        while (computations === 0) await new Promise((r) => setTimeout(r, 1));
        await save(old + 2);
        const late = Array.from({ length: 5 }, () => total());
        await new Promise((r) => setTimeout(r, 20));
        // None started beside the one held: they wait for it, then share the next.
        expect(computations).toBe(1);
        release();
        const lateLines = await Promise.all(late);
        expect(lateLines.map((l) => l?.value.value)).toEqual(Array(5).fill(before + 2));
        for (const l of await Promise.all(early)) expect(l?.value.value).toBeGreaterThan(before);
        // The five late readers shared one recompute after the one held.
        expect(computations).toBe(2);
      } finally {
        spy.mockRestore();
        release();
      }
    });

    it("sends the dashboard compressed when the browser asks, the same figures as plain", async () => {
      const login = await f.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username: "xem", password: DEMO_PASSWORD },
      });
      const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      const get = (acceptEncoding?: string) =>
        f.app.inject({
          url: "/api/dashboard?unit=NGA_NAM&period=2023-08",
          headers: { cookie, ...(acceptEncoding ? { "accept-encoding": acceptEncoding } : {}) },
        });
      const plain = await get();
      expect(plain.headers["content-encoding"]).toBeUndefined();
      const br = await get("gzip, deflate, br");
      expect(br.headers["content-encoding"]).toBe("br");
      expect(br.headers.vary).toContain("accept-encoding");
      expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
      expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
      const gzip = await get("gzip");
      expect(gzip.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain.body);
    });

    it("refuses the town's dashboard to a ward's reporter", async () => {
      const error = await failure(ward(api.dashboard.dashboard, { query: TOWN }));
      expect(error.status).toBe(403);
      expect(error.code).toBe("auth.forbidden");
    });

    it("gives a month-by-month series with last year beside it", async () => {
      const series = await viewer(api.dashboard.series, {
        query: { ...TOWN, indicator: "rice_output" },
      });
      expect(series.points).toHaveLength(12);
      expect(series.points[11]?.value).toBeNull();
      expect(series.points.some((p) => (p.lastYear ?? 0) > 0)).toBe(true);
      expect(
        (
          await failure(
            ward(api.dashboard.series, { query: { ...TOWN, indicator: "rice_output" } }),
          )
        ).status,
      ).toBe(403);
    });
  });

  describe("data entry", () => {
    it("gives a ward's reporter its form, editable, and a viewer the same form read-only", async () => {
      const form = await ward(api.values.entry, { query: WARD });
      expect(form.editable).toBe(true);
      const output = form.sectors
        .flatMap((s) => s.indicators)
        .find((i) => i.code === "rice_output");
      const heThu = output?.cells.find((c) => c.disaggregation === "rice_season=he_thu");
      expect(heThu).toMatchObject({ value: 617, status: "estimate" });
      expect(heThu?.version).toBeGreaterThan(0);
      expect((await viewer(api.values.entry, { query: WARD })).editable).toBe(false);
      expect((await failure(commune(api.values.entry, { query: WARD }))).status).toBe(403);
    });

    it("saves a value with its version; the town's dashboard and report see it at once", async () => {
      const form = await ward(api.values.entry, { query: WARD });
      const cell = form.sectors
        .flatMap((s) => s.indicators)
        .find((i) => i.code === "rice_output")
        ?.cells.find((c) => c.disaggregation === "rice_season=he_thu");
      const saved = await ward(api.values.save, {
        body: {
          values: [
            {
              ...WARD,
              indicator: "rice_output",
              disaggregation: "rice_season=he_thu",
              value: 717,
              status: "official",
              note: "số liệu chính thức",
              expectedVersion: cell?.version ?? -1,
            },
          ],
        },
      });
      expect(saved.outcomes[0]).toMatchObject({
        action: "update",
        version: (cell?.version ?? 0) + 1,
      });
      const dashboard = await office(api.dashboard.dashboard, { query: TOWN });
      const rice = dashboard.sectors
        .flatMap((s) => s.lines)
        .find((l) => l.indicator === "rice_output");
      expect(rice?.ytd.value).toBe(240849 + 100);
      const report = await office(api.reports.get, { params: TOWN });
      expect(report.html).toContain("240.949");
      const history = await viewer(api.values.history, {
        query: { ...WARD, indicator: "rice_output", disaggregation: "rice_season=he_thu" },
      });
      expect(history.entries.at(-1)).toMatchObject({
        by: "phuong1",
        via: "form",
        oldValue: 617,
        newValue: 717,
      });
    });

    it("refuses a stale edit with 409 and the newer value, and changes nothing", async () => {
      const write = (value: number, expectedVersion: number) =>
        ward(api.values.save, {
          body: { values: [{ ...WARD, indicator: "jobs_created", value, expectedVersion }] },
        });
      const form = await ward(api.values.entry, { query: WARD });
      const jobs = form.sectors.flatMap((s) => s.indicators).find((i) => i.code === "jobs_created");
      const version = jobs?.cells[0]?.version ?? 0;
      await write(41, version);
      const error = await failure(write(42, version));
      expect(error.status).toBe(409);
      expect(error.code).toBe("value.conflict");
      expect(error.details).toMatchObject({ current: { value: 41, updatedBy: "phuong1" } });
      const after = await ward(api.values.entry, { query: WARD });
      const cell = after.sectors.flatMap((s) => s.indicators).find((i) => i.code === "jobs_created")
        ?.cells[0];
      expect(cell?.value).toBe(41);
    });

    it("refuses another commune's data (403) and a change without the CSRF token", async () => {
      const body = {
        values: [{ ...WARD, indicator: "jobs_created", value: 1, expectedVersion: 0 }],
      };
      expect((await failure(commune(api.values.save, { body }))).code).toBe("auth.forbidden");
      expect((await failure(viewer(api.values.save, { body }))).code).toBe("auth.forbidden");
      const login = await f.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username: "phuong1", password: "baocao2023" },
      });
      const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      const noToken = await f.app.inject({
        method: "PUT",
        url: "/api/values",
        headers: { cookie },
        payload: body,
      });
      expect(noToken.statusCode).toBe(403);
      expect(noToken.json().error.code).toBe("auth.csrf");
    });

    it("runs the validation rules for a unit and month", async () => {
      const { findings } = await viewer(api.values.validate, { query: TOWN });
      expect(findings.length).toBeGreaterThan(0);
      expect(findings[0]).toHaveProperty("message");
      expect((await failure(ward(api.values.validate, { query: TOWN }))).status).toBe(403);
    });
  });

  describe("reports", () => {
    it("opens the August 2023 report with live figures, chips and checks", async () => {
      const report = await viewer(api.reports.get, { params: TOWN });
      expect(report.current.status).toBe("draft");
      expect(report.html).toContain("NGÃ NĂM");
      expect(report.figures.length).toBeGreaterThan(100);
      expect(report.figures.every((x) => x.line > 0)).toBe(true);
      expect(Array.isArray(report.checks)).toBe(true);
      const list = await viewer(api.reports.list, { query: { unit: "NGA_NAM" } });
      expect(list.reports[0]?.period).toBe("2023-08");
      expect((await failure(ward(api.reports.get, { params: TOWN }))).status).toBe(403);
    });

    it("previews an unsaved template without writing", async () => {
      const preview = await viewer(api.reports.preview, {
        params: TOWN,
        body: { template: "# Lúa\n\nSản lượng {{ ytd(rice_output) | number }} tấn.\n" },
      });
      expect(preview.html).toContain("240.");
      expect(preview.figures).toHaveLength(1);
    });

    // Quarterly, half-year, n-month ("7 tháng đầu năm") and yearly reports compose through the
    // API as in the CLI: every figure is the engine's own for that period; a month-only id is no
    // longer required.
    it.each(["2023-Q3", "2023-H1", "2023-7M", "2023-9M", "2023-11M", "2023"])(
      "previews a report of the period %s with the engine's figures",
      async (period) => {
        const preview = await viewer(api.reports.preview, {
          params: { unit: "NGA_NAM", period },
          body: {
            template: "Thu ngân sách {{ budget_revenue }}; lũy kế {{ ytd(budget_revenue) }}.\n",
          },
        });
        const [row] = await f.engine.query({
          indicators: ["budget_revenue"],
          units: ["NGA_NAM"],
          periods: [period],
          measures: ["value", "ytd"],
        });
        expect(preview.figures.map((x) => x.value)).toEqual([
          row?.value?.value ?? null,
          row?.ytd?.value ?? null,
        ]);
        expect(preview.figures[0]?.value).not.toBeNull();
      },
    );

    it("refuses a period written another way, naming the forms it takes", async () => {
      const error = await failure(
        viewer(api.reports.preview, {
          params: { unit: "NGA_NAM", period: "2023q3" },
          body: { template: "x" },
        }),
      );
      expect(error.status).toBe(400);
      expect(error.message).toContain("2023-Q3");
    });

    it("refuses 6 months from January written 2023-6M: that period is 2023-H1", async () => {
      const error = await failure(
        viewer(api.reports.preview, {
          params: { unit: "NGA_NAM", period: "2023-6M" },
          body: { template: "x" },
        }),
      );
      expect(error.status).toBe(400);
      expect(error.message).toContain("2023-7M");
    });

    it("saves the draft with the version check: a save over someone else's is refused", async () => {
      const opened = await office(api.reports.get, { params: TOWN });
      const template = `${opened.current.template}\n`;
      const saved = await office(api.reports.saveDraft, {
        params: TOWN,
        body: {
          template,
          expectedVersion: opened.current.version,
          expectedUpdatedAt: opened.current.updatedAt,
        },
      });
      expect(saved.status).toBe("draft");
      const error = await failure(
        office(api.reports.saveDraft, {
          params: TOWN,
          body: {
            template,
            expectedVersion: opened.current.version,
            expectedUpdatedAt: "2000-01-01T00:00:00.000Z",
          },
        }),
      );
      expect(error.status).toBe(409);
      expect(error.code).toBe("report.conflict");
      const denied = await failure(
        viewer(api.reports.saveDraft, { params: TOWN, body: { template, expectedVersion: 1 } }),
      );
      expect(denied.status).toBe(403);
    });

    it("downloads the DOCX (a zip) and Markdown", async () => {
      const docx = await viewer(api.reports.download, { params: TOWN, query: { format: "docx" } });
      const bytes = new Uint8Array(await docx.arrayBuffer());
      expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
      const md = await viewer(api.reports.download, { params: TOWN, query: { format: "md" } });
      expect(await md.text()).toContain("Ngã Năm");
      expect(
        (await failure(ward(api.reports.download, { params: TOWN, query: { format: "md" } })))
          .status,
      ).toBe(403);
    });

    it("carries forward to September once, and lets only an approver issue", async () => {
      const next = await office(api.reports.carryForward, { params: TOWN });
      expect(next).toMatchObject({ period: "2023-09", status: "draft" });
      const again = await failure(office(api.reports.carryForward, { params: TOWN }));
      expect(again.code).toBe("report.exists");
      expect((await failure(viewer(api.reports.carryForward, { params: TOWN }))).status).toBe(403);
      const september = { unit: "NGA_NAM", period: "2023-09" };
      expect(
        (await failure(office(api.reports.issue, { params: september, body: {} }))).status,
      ).toBe(403);
      const issued = await approver(api.reports.issue, {
        params: september,
        body: { force: true },
      });
      expect(issued).toMatchObject({ status: "issued", issuedBy: "lanhdao" });
      const frozen = await viewer(api.reports.get, { params: september });
      expect(frozen.current.status).toBe("issued");
    });
  });

  describe("registers", () => {
    it("lists projects with the year's plan and disbursement, and a project's detail", async () => {
      const { projects } = await viewer(api.registers.projects, { query: { period: "2023-08" } });
      expect(projects.length).toBeGreaterThan(0);
      const funded = projects.find((p) => p.plan > 0);
      expect(funded?.disbursedPct).not.toBeNull();
      const detail = await viewer(api.registers.project, {
        params: { code: funded?.code ?? "" },
        query: { period: "2023-08" },
      });
      expect(detail.capitalPlans.length).toBeGreaterThan(0);
      expect(
        (
          await failure(
            viewer(api.registers.project, {
              params: { code: "NO_SUCH" },
              query: { period: "2023-08" },
            }),
          )
        ).status,
      ).toBe(404);
      expect(
        (await ward(api.registers.projects, { query: { period: "2023-08" } })).projects.length,
      ).toBeLessThan(projects.length);
    });

    it("lists site clearance up to the month", async () => {
      const { items } = await viewer(api.registers.siteClearance, { query: { period: "2023-08" } });
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((i) => i.period <= "2023-08")).toBe(true);
    });

    it("gives the month's checklist and marks a task done, version-checked", async () => {
      const list = await office(api.registers.tasks, { query: { period: "2023-09" } });
      expect(list.tasks.length).toBeGreaterThan(0);
      const open = list.tasks.find(
        (t) => t.storedStatus !== "done" && t.storedStatus !== "cancelled",
      );
      if (!open) throw new Error("the reference checklist has no open task");
      const detail = await viewer(api.registers.task, { params: { id: open.id } });
      expect(detail.id).toBe(open.id);
      expect(
        (
          await failure(
            viewer(api.registers.changeTask, {
              params: { id: open.id },
              body: { status: "done", expectedVersion: open.version },
            }),
          )
        ).status,
      ).toBe(403);
      const done = await office(api.registers.changeTask, {
        params: { id: open.id },
        body: {
          status: "done",
          note: "Đã hoàn thành",
          date: "2023-09-20",
          expectedVersion: open.version,
        },
      });
      expect(done.storedStatus).toBe("done");
      expect(done.progress.at(-1)).toMatchObject({ note: "Đã hoàn thành", by: "vanphong" });
      const stale = await failure(
        office(api.registers.changeTask, {
          params: { id: open.id },
          body: { status: "in_progress", expectedVersion: open.version },
        }),
      );
      expect(stale.status).toBe(409);
    });
  });
});
