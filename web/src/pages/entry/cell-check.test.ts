import { describe, expect, it } from "vitest";
import type { EntryIndicator } from "../../api/contract.ts";
import { readCell } from "./cell-check.ts";

const indicator = (valueType: string): EntryIndicator => ({
  code: "houses_damaged",
  nameVi: "Số căn nhà bị thiệt hại",
  nameEn: "Houses damaged",
  unitNameVi: "căn",
  valueType,
  decimals: 0,
  cells: [],
});

describe("reading a value box", () => {
  it("reads Vietnamese marks as the server's number rules do", () => {
    expect(readCell(indicator("number"), "x", "1.234,5")).toEqual({ ok: true, value: 1234.5 });
    expect(readCell(indicator("number"), "x", "96.549")).toEqual({ ok: true, value: 96549 });
    expect(readCell(indicator("number"), "x", " 52 500 ")).toEqual({ ok: true, value: 52500 });
    expect(readCell(indicator("number"), "x", "-3,5")).toEqual({ ok: true, value: -3.5 });
    expect(readCell(indicator("number"), "x", "")).toEqual({ ok: true, value: null });
  });

  it("refuses a fraction for a count, naming the indicator and writing the number the Vietnamese way", () => {
    const reading = readCell(indicator("integer"), "Số căn nhà bị thiệt hại", "2,5");
    expect(reading).toEqual({
      ok: false,
      message: "“Số căn nhà bị thiệt hại” nhận số nguyên: 2,5 có phần thập phân.",
    });
    expect(readCell(indicator("integer"), "x", "1.500")).toEqual({ ok: true, value: 1500 });
  });

  it("refuses what is not a number, and yes/no beyond 0 and 1", () => {
    const text = readCell(indicator("number"), "Số căn nhà", "12a");
    expect(text.ok).toBe(false);
    if (!text.ok) expect(text.message).toMatch(/^“Số căn nhà”: “12a” không phải là một số/);
    expect(readCell(indicator("number"), "x", "1,2,3").ok).toBe(false);
    expect(readCell(indicator("boolean"), "x", "2").ok).toBe(false);
    expect(readCell(indicator("boolean"), "x", "1")).toEqual({ ok: true, value: 1 });
  });
});
