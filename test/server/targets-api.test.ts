import type ExcelJS from "exceljs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type ApiCall, ApiError, api } from "../../src/server/contract/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { openWorkbook } from "../support/fill-form.ts";
import { type ApiFixture, openApiFixture } from "./api-fixture.ts";

const TOWN = { unit: "NGA_NAM", year: 2023 };
const duToan = {
  nameVi: "Dự toán HĐND xã giao",
  nameEn: "Budget estimate set by the council",
  phraseVi: "dự toán HĐND xã giao",
};

async function failure(
  promise: Promise<unknown>,
): Promise<{ status: number; code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError)
      return { status: error.status, code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a refusal");
}

async function base64(book: ExcelJS.Workbook): Promise<string> {
  return Buffer.from(await book.xlsx.writeBuffer()).toString("base64");
}

describeEachEngine("HTTP API: targets and target kinds", (fresh) => {
  let f: ApiFixture;
  let admin: ApiCall;
  let viewer: ApiCall;

  beforeAll(async () => {
    f = await openApiFixture(fresh);
    admin = await f.signIn("admin");
    viewer = await f.signIn("xem");
  }, 120_000);
  afterAll(() => f.close());

  const lineOf = async (indicator: string, option?: string) => {
    const sheet = await viewer(api.targets.list, { query: TOWN });
    return sheet.lines.find((l) => l.indicator === indicator && l.option === option);
  };

  it("adds a kind, sets a target of it, edits it over its version and refuses a stale one (409)", async () => {
    const { kind } = await admin(api.targets.saveKind, {
      params: { code: "du_toan_hdnd" },
      body: { ...duToan, expected: null },
    });
    expect(kind).toMatchObject({ code: "du_toan_hdnd", used: 0 });
    const target = { ...TOWN, indicator: "budget_revenue", kind: "du_toan_hdnd" };
    await admin(api.targets.save, {
      body: { ...target, value: 40_000, source: "Nghị quyết số 45/NQ-HĐND", expected: null },
    });
    const seen = (await lineOf("budget_revenue"))?.targets.find((t) => t.kind === "du_toan_hdnd");
    expect(seen).toMatchObject({ value: 40_000, source: "Nghị quyết số 45/NQ-HĐND" });
    await admin(api.targets.save, {
      body: { ...target, value: 41_000, expected: seen?.version ?? "" },
    });
    const stale = await failure(
      admin(api.targets.save, {
        body: { ...target, value: 42_000, expected: seen?.version ?? "" },
      }),
    );
    expect(stale).toMatchObject({ status: 409, code: "definition.conflict" });
    const dashboard = await viewer(api.dashboard.dashboard, {
      query: { unit: "NGA_NAM", period: "2023-08" },
    });
    const line = dashboard.sectors
      .flatMap((s) => s.lines)
      .find((l) => l.indicator === "budget_revenue");
    expect(line?.targets.find((t) => t.kind === "du_toan_hdnd")).toMatchObject({
      nameVi: "Dự toán HĐND xã giao",
      value: 41_000,
    });
    const history = await viewer(api.targets.history, { query: TOWN });
    expect(history.entries.slice(0, 2).map((e) => [e.action, e.by])).toEqual([
      ["update", "admin"],
      ["create", "admin"],
    ]);
  });

  it("refuses to remove a kind in use, naming how many targets use it", async () => {
    const { kinds } = await viewer(api.targets.kinds, {});
    const kind = kinds.find((k) => k.code === "du_toan_hdnd");
    expect(kind?.used).toBe(1);
    const refused = await failure(
      admin(api.targets.removeKind, {
        params: { code: "du_toan_hdnd" },
        body: { expected: kind?.version ?? "" },
      }),
    );
    expect(refused).toMatchObject({ status: 400, code: "targets.kind_in_use" });
    expect(refused.message).toContain("còn 1 chỉ tiêu kế hoạch");
    const line = await lineOf("budget_revenue");
    const target = line?.targets.find((t) => t.kind === "du_toan_hdnd");
    await admin(api.targets.remove, {
      body: {
        ...TOWN,
        indicator: "budget_revenue",
        kind: "du_toan_hdnd",
        expected: target?.version ?? "",
      },
    });

    // A report draft whose template names the kind holds it too, until the template changes.
    const report = { unit: "NGA_NAM", period: "2023-08" };
    const draft = async (template: (current: string) => string) => {
      const opened = await admin(api.reports.get, { params: report });
      await admin(api.reports.saveDraft, {
        params: report,
        body: {
          template: template(opened.current.template),
          expectedVersion: opened.current.version,
          expectedUpdatedAt: opened.current.updatedAt,
        },
      });
    };
    const PHRASE = "\n\nĐạt so với {{ $kind_du_toan_hdnd }}.";
    await draft((t) => t + PHRASE);
    const held = await failure(
      admin(api.targets.removeKind, {
        params: { code: "du_toan_hdnd" },
        body: { expected: kind?.version ?? "" },
      }),
    );
    expect(held).toMatchObject({ status: 400, code: "targets.kind_in_use" });
    expect(held.message).toContain("bản nháp báo cáo của Thị xã Ngã Năm kỳ 2023-08");
    await draft((t) => t.replace(PHRASE, ""));

    await admin(api.targets.removeKind, {
      params: { code: "du_toan_hdnd" },
      body: { expected: kind?.version ?? "" },
    });
    expect((await viewer(api.targets.kinds, {})).kinds.map((k) => k.code)).not.toContain(
      "du_toan_hdnd",
    );
  });

  it("sets a target on one option and refuses an option the indicator does not have", async () => {
    const target = { ...TOWN, indicator: "rice_output", kind: "plan" };
    await admin(api.targets.save, {
      body: { ...target, option: "he_thu", value: 60_000, expected: null },
    });
    expect((await lineOf("rice_output", "he_thu"))?.targets[0]?.value).toBe(60_000);
    const bad = await failure(
      admin(api.targets.save, {
        body: { ...target, option: "thu_dong", value: 1, expected: null },
      }),
    );
    expect(bad).toMatchObject({ status: 400, code: "targets.invalid" });
    expect(bad.message).toContain("thu_dong");
  });

  it("refuses changes to viewers and reporters (403) but lets viewers read", async () => {
    const sheet = await viewer(api.targets.list, { query: TOWN });
    expect(sheet.canEdit).toBe(false);
    expect(sheet.lines.length).toBeGreaterThan(5);
    const office = await f.signIn("vanphong");
    const save = { ...TOWN, indicator: "budget_revenue", kind: "plan", value: 1, expected: null };
    for (const call of [viewer, office])
      expect((await failure(call(api.targets.save, { body: save }))).status).toBe(403);
    expect(
      (
        await failure(
          viewer(api.targets.saveKind, {
            params: { code: "x" },
            body: { ...duToan, expected: null },
          }),
        )
      ).status,
    ).toBe(403);
  });

  it("round-trips the Excel template: preview new/changed/unchanged, then writes all", async () => {
    const blob = await admin(api.targets.template, { query: TOWN });
    const book = await openWorkbook(new Uint8Array(await blob.arrayBuffer()));
    const ws = book.getWorksheet("Chỉ tiêu") as ExcelJS.Worksheet;
    const codes = ws.getRow(6).values as unknown[];
    const planColumn = codes.indexOf("plan");
    const rowOf = (indicator: string, option = "") => {
      for (let r = 7; r <= ws.rowCount; r++)
        if (ws.getCell(r, 1).value === indicator && (ws.getCell(r, 4).value ?? "") === option)
          return r;
      throw new Error(`no row for ${indicator}`);
    };
    const revenue = rowOf("budget_revenue");
    const stored = ws.getCell(revenue, planColumn).value;
    expect(typeof stored).toBe("number");
    ws.getCell(revenue, planColumn).value = 50_000;
    ws.getCell(rowOf("jobs_created"), planColumn).value = "3100"; // typed as text
    const body = { ...TOWN, fileName: "chi-tieu.xlsx", content: await base64(book) };
    const preview = await admin(api.targets.upload, { body });
    expect(preview.written).toBe(false);
    expect(preview.changes.find((c) => c.indicator === "budget_revenue")).toMatchObject({
      change: "changed",
      value: 50_000,
      stored,
    });
    expect(preview.counts.unchanged).toBeGreaterThan(5);
    const confirmed = await admin(api.targets.upload, { body: { ...body, confirm: true } });
    expect(confirmed.written).toBe(true);
    const line = await lineOf("budget_revenue");
    expect(line?.targets.find((t) => t.kind === "plan")?.value).toBe(50_000);
    expect((await lineOf("jobs_created"))?.targets.find((t) => t.kind === "plan")?.value).toBe(
      3100,
    );
  });

  it("refuses an upload over a target changed since the template was downloaded (409)", async () => {
    const blob = await admin(api.targets.template, { query: TOWN });
    const book = await openWorkbook(new Uint8Array(await blob.arrayBuffer()));
    const ws = book.getWorksheet("Chỉ tiêu") as ExcelJS.Worksheet;
    const planColumn = (ws.getRow(6).values as unknown[]).indexOf("plan");
    let row = 7;
    while (ws.getCell(row, 1).value !== "budget_revenue") row++;
    ws.getCell(row, planColumn).value = 55_000;
    const seen = (await lineOf("budget_revenue"))?.targets.find((t) => t.kind === "plan");
    await admin(api.targets.save, {
      body: {
        ...TOWN,
        indicator: "budget_revenue",
        kind: "plan",
        value: 51_000,
        expected: seen?.version ?? "",
      },
    });
    const body = { ...TOWN, fileName: "chi-tieu.xlsx", content: await base64(book) };
    const preview = await admin(api.targets.upload, { body });
    expect(preview.counts.conflict).toBe(1);
    expect(preview.changes.find((c) => c.change === "conflict")?.indicator).toBe("budget_revenue");
    const refused = await failure(admin(api.targets.upload, { body: { ...body, confirm: true } }));
    expect(refused).toMatchObject({ status: 409, code: "definition.conflict" });
    expect((await lineOf("budget_revenue"))?.targets.find((t) => t.kind === "plan")?.value).toBe(
      51_000,
    );
  });

  it("names the sheet and cell of a bad value and writes nothing", async () => {
    const blob = await admin(api.targets.template, { query: TOWN });
    const book = await openWorkbook(new Uint8Array(await blob.arrayBuffer()));
    const ws = book.getWorksheet("Chỉ tiêu") as ExcelJS.Worksheet;
    const planColumn = (ws.getRow(6).values as unknown[]).indexOf("plan");
    ws.getCell(7, planColumn).value = 1;
    ws.getCell(8, planColumn).value = "nhiều lắm";
    const address = ws.getCell(8, planColumn).address;
    const refused = await failure(
      admin(api.targets.upload, {
        body: { ...TOWN, fileName: "chi-tieu.xlsx", content: await base64(book), confirm: true },
      }),
    );
    expect(refused.status).toBe(400);
    expect(refused.message).toContain(`Chỉ tiêu!${address}`);
    expect(refused.message).toContain("không phải là số");
    const first = ws.getCell(7, 1).value as string;
    expect((await lineOf(first))?.targets.find((t) => t.kind === "plan")?.value).not.toBe(1);
  });
});
