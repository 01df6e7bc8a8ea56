import { describe, expect, it } from "vitest";
import type { EntryForm } from "../../api/contract.ts";
import { cellKey, cellTestId, changesOf, type Draft, isChanged, problemsOf } from "./drafts.ts";

const form: EntryForm = {
  unit: { code: "PHUONG_1", nameVi: "Phường 1" },
  period: "2023-08",
  editable: true,
  submissions: [],
  lockedIndicators: [],
  longerPeriods: [],
  laterFilings: [],
  findings: [],
  sectors: [
    {
      code: "economy",
      nameVi: "Kinh tế",
      indicators: [
        {
          code: "rice_output",
          nameVi: "Sản lượng lúa",
          nameEn: "Rice output",
          unitNameVi: "tấn",
          valueType: "number",
          decimals: 0,
          cells: [
            {
              disaggregation: "rice_season=he_thu",
              labelVi: "Hè Thu",
              value: 617,
              textValue: null,
              status: "estimate",
              note: "",
              version: 3,
              updatedAt: "2023-08-10T00:00:00Z",
              updatedBy: "phuong1",
            },
            {
              disaggregation: "rice_season=dong_xuan",
              labelVi: "Đông Xuân",
              value: null,
              textValue: null,
              status: null,
              note: "",
              version: 0,
              updatedAt: null,
              updatedBy: null,
            },
          ],
        },
      ],
    },
  ],
};

const drafts = (entries: [string, Draft][]) => new Map(entries);
const HE_THU = cellKey("rice_output", "rice_season=he_thu");
const DONG_XUAN = cellKey("rice_output", "rice_season=dong_xuan");

describe("entry drafts", () => {
  it("sends only changed cells, each with the version the form showed", () => {
    const changes = changesOf(
      form,
      drafts([
        [HE_THU, { value: 717 }],
        [DONG_XUAN, { value: null }],
      ]),
    );
    expect(changes).toEqual([
      {
        indicator: "rice_output",
        unit: "PHUONG_1",
        period: "2023-08",
        disaggregation: "rice_season=he_thu",
        value: 717,
        status: "estimate",
        note: "",
        expectedVersion: 3,
      },
    ]);
  });

  it("a value typed back to what is stored is no change", () => {
    const indicator = form.sectors[0]?.indicators[0];
    const cell = indicator?.cells[0];
    if (!indicator || !cell) throw new Error("fixture");
    expect(isChanged(indicator, cell, { value: 617 })).toBe(false);
    expect(isChanged(indicator, cell, { input: "617" })).toBe(false);
    expect(isChanged(indicator, cell, { status: "official" })).toBe(true);
  });

  it("keeps the version the edit started from, even after a reload", () => {
    const [change] = changesOf(form, drafts([[HE_THU, { value: 800, baseVersion: 2 }]]));
    expect(change?.expectedVersion).toBe(2);
  });

  it("an emptied stored value is sent as a deletion", () => {
    const [change] = changesOf(form, drafts([[HE_THU, { value: null }]]));
    expect(change).toMatchObject({ value: null, delete: true, expectedVersion: 3 });
  });

  it("a cell that cannot be saved is left out and blocks only itself", () => {
    const typed = drafts([
      [HE_THU, { input: "7a7", baseVersion: 3 }],
      [DONG_XUAN, { input: "1.234,5", baseVersion: 0 }],
    ]);
    const changes = changesOf(form, typed);
    expect(changes.map((c) => [c.disaggregation, c.value])).toEqual([
      ["rice_season=dong_xuan", 1234.5],
    ]);
    expect([...problemsOf(form, typed).entries()]).toEqual([
      [
        HE_THU,
        "“Sản lượng lúa — Hè Thu”: “7a7” không phải là một số (viết như 1.234 hoặc 1.234,5).",
      ],
    ]);
  });

  it("names the inputs for tests: total or the disaggregation key", () => {
    expect(cellTestId("jobs_created", "")).toBe("jobs_created-total");
    expect(cellTestId("rice_output", "rice_season=he_thu")).toBe("rice_output-rice_season=he_thu");
  });
});
