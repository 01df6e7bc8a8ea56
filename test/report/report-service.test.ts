import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/index.ts";
import { type ReportDocument, ReportService, type Run } from "../../src/report/index.ts";
import { migrateToLatest, openStore, type Store } from "../../src/store/index.ts";
import { clerk, townEngine } from "../engine/fixture.ts";

const template = [
  "---",
  "issuingBody: Ủy ban nhân dân thị xã Ngã Năm",
  "number: 215/BC-UBND",
  "date: 2023-09-05",
  "subject: Báo cáo tháng {{ $month }}",
  "---",
  "Tháng {{ $month }} tiếp nhận {{ received | number:0 }} hồ sơ, lũy kế {{ ytd(received) | number:0 }} hồ sơ.",
  "Thu ngân sách 25.465 triệu đồng.",
].join("\n");
const paragraph = (doc: ReportDocument, i: number) => {
  const block = doc.blocks[i];
  return block && block.kind !== "table"
    ? block.runs.map((r: Run) => ("text" in r ? r.text : "")).join("")
    : "";
};
const office = { by: "office", via: "form", at: "2023-09-05T09:00:00.000Z" } as const;

describe("report instances", () => {
  let store: Store;
  let engine: Engine;
  let reports: ReportService;
  beforeEach(async () => {
    store = await openStore({ engine: "sqlite", path: ":memory:" });
    await migrateToLatest(store);
    engine = await townEngine(store);
    reports = new ReportService(engine);
    await engine.write(
      [
        { indicator: "received", unit: "P1", period: "2023-07", value: 100 },
        { indicator: "received", unit: "P1", period: "2023-08", value: 852 },
      ],
      clerk,
    );
  });
  afterEach(() => store.close());

  it("freezes an issued report: later data changes do not touch it; a re-issue is a new version", async () => {
    await reports.saveDraft({ unit: "NN", period: "2023-08", template }, office);
    const issued = await reports.issue("NN", "2023-08", office);
    expect(issued).toMatchObject({ version: 1, status: "issued", issuedBy: "office" });
    await engine.write(
      [{ indicator: "received", unit: "P2", period: "2023-08", value: 48 }],
      clerk,
    );
    expect(paragraph(await reports.issued("NN", "2023-08"), 0)).toBe(
      "Tháng 8 tiếp nhận 852 hồ sơ, lũy kế 952 hồ sơ.",
    );

    await expect(reports.issue("NN", "2023-08", office)).rejects.toMatchObject({
      code: "report.no_draft",
    });
    const draft = await reports.saveDraft(
      { unit: "NN", period: "2023-08", template, expectedVersion: 2 },
      office,
    );
    expect(draft).toMatchObject({ version: 2, status: "draft" });
    await reports.issue("NN", "2023-08", office);
    expect(paragraph(await reports.issued("NN", "2023-08"), 0)).toBe(
      "Tháng 8 tiếp nhận 900 hồ sơ, lũy kế 1.000 hồ sơ.",
    );
    expect(paragraph(await reports.issued("NN", "2023-08", 1), 0)).toBe(
      "Tháng 8 tiếp nhận 852 hồ sơ, lũy kế 952 hồ sơ.",
    );
  });

  it("refuses to issue while a figure does not resolve, unless forced", async () => {
    await reports.saveDraft(
      { unit: "NN", period: "2023-08", template: `${template}\nChỉ tiêu lạ {{ no_such_code }}.` },
      office,
    );
    await expect(reports.issue("NN", "2023-08", office)).rejects.toMatchObject({
      code: "report.checks_failed",
    });
    expect((await reports.issue("NN", "2023-08", office, { force: true })).status).toBe("issued");
  });

  it("flags numbers typed as plain text, which would not follow the data", async () => {
    await reports.saveDraft({ unit: "NN", period: "2023-08", template }, office);
    const { checks } = await reports.compose("NN", "2023-08");
    const typed = checks.filter((c) => c.kind === "typed_number").map((c) => c.message);
    expect(typed).toEqual([
      'Số "25.465" được gõ tay, không gắn với số liệu: "…Thu ngân sách 25.465 triệu đồng.…".',
    ]);
  });

  it("carries the report forward: next month's draft keeps the text and recomputes the figures", async () => {
    await reports.saveDraft({ unit: "NN", period: "2023-08", template }, office);
    await reports.issue("NN", "2023-08", office);
    await engine.write(
      [{ indicator: "received", unit: "P1", period: "2023-09", value: 610 }],
      clerk,
    );
    const draft = await reports.carryForward("NN", "2023-08", office);
    expect(draft).toMatchObject({ period: "2023-09", version: 1, status: "draft", template });
    const { document } = await reports.compose("NN", "2023-09");
    expect(paragraph(document, 0)).toBe("Tháng 9 tiếp nhận 610 hồ sơ, lũy kế 1.562 hồ sơ.");
    expect(document.meta.number).toBe("…/BC-UBND");
  });

  it("refuses to save over a draft that was issued meanwhile", async () => {
    await reports.saveDraft({ unit: "NN", period: "2023-08", template }, office);
    await reports.issue("NN", "2023-08", office);
    await expect(
      reports.saveDraft({ unit: "NN", period: "2023-08", template, expectedVersion: 1 }, office),
    ).rejects.toMatchObject({
      code: "report.conflict",
    });
  });

  // Issuing gives the document its number from the unit's register of outgoing documents.
  it("numbers issued reports in order per unit and year, and keeps a number the clerk typed", async () => {
    const blank = template.replace("number: 215/BC-UBND", 'number: "…/BC-UBND"');
    const issueOf = async (period: string, at: string) => {
      await reports.saveDraft({ unit: "NN", period, template: blank }, { ...office, at });
      await reports.issue("NN", period, { ...office, at }, { force: true });
      return (await reports.issued("NN", period)).meta.number;
    };
    expect(await issueOf("2023-07", "2023-08-05T02:00:00.000Z")).toBe("1/BC-UBND");
    expect(await issueOf("2023-08", "2023-09-05T02:00:00.000Z")).toBe("2/BC-UBND");
    // A new year in Vietnam (31 December 17:30 UTC is 1 January 00:30 there) starts again at 1.
    expect(await issueOf("2023-12", "2023-12-31T17:30:00.000Z")).toBe("1/BC-UBND");
    await reports.saveDraft({ unit: "NN", period: "2023-11", template }, office);
    await reports.issue("NN", "2023-11", office, { force: true });
    expect((await reports.issued("NN", "2023-11")).meta.number).toBe("215/BC-UBND");
  });

  it("compares an issued version with the current draft: lines changed and figures moved", async () => {
    await reports.saveDraft({ unit: "NN", period: "2023-08", template }, office);
    await reports.issue("NN", "2023-08", office);
    await engine.write(
      [{ indicator: "received", unit: "P2", period: "2023-08", value: 48 }],
      clerk,
    );
    const edited = template.replace("Thu ngân sách 25.465", "Thu ngân sách 26.000");
    await reports.saveDraft(
      { unit: "NN", period: "2023-08", template: edited, expectedVersion: 2 },
      office,
    );
    const { text, figures } = await reports.compare("NN", "2023-08", { from: 1 });
    expect(text).toEqual([
      { kind: "same", text: "Báo cáo tháng 8" },
      { kind: "removed", text: "Tháng 8 tiếp nhận 852 hồ sơ, lũy kế 952 hồ sơ." },
      { kind: "removed", text: "Thu ngân sách 25.465 triệu đồng." },
      { kind: "added", text: "Tháng 8 tiếp nhận 900 hồ sơ, lũy kế 1.000 hồ sơ." },
      { kind: "added", text: "Thu ngân sách 26.000 triệu đồng." },
    ]);
    expect(figures).toEqual([
      { source: "received", line: 7, before: "852", after: "900" },
      { source: "ytd(received)", line: 7, before: "952", after: "1.000" },
    ]);
    // Two issued versions compare the same way; a version never issued is refused.
    await reports.issue("NN", "2023-08", office);
    expect((await reports.compare("NN", "2023-08", { from: 1, to: 2 })).figures).toHaveLength(2);
    expect((await reports.compare("NN", "2023-08", { from: 2, to: 2 })).figures).toEqual([]);
    await expect(reports.compare("NN", "2023-08", { from: 3 })).rejects.toMatchObject({
      code: "report.not_issued",
    });
  });
});
