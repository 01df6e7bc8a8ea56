import { describe, expect, it } from "vitest";
import { checkFormula } from "./checker.ts";
import { parseFormula } from "./parser.ts";
import { simpleSymbols } from "./symbols.ts";

const symbols = simpleSymbols({
  rice_output: [{ category: "rice_season", options: ["dong_xuan", "he_thu", "thu_dong"] }],
  school_enrolled: [
    { category: "school_level", options: ["mam_non", "tieu_hoc", "thcs", "thpt"] },
    { category: "area", options: ["urban", "rural", "thcs"] },
  ],
  budget_revenue: [],
  received: [],
});

function issues(source: string, expect?: "number" | "boolean") {
  return checkFormula(parseFormula(source), symbols, expect).issues.map((i) => ({
    code: i.code,
    message: i.message,
  }));
}

describe("checkFormula: names", () => {
  it("accepts the report template examples", () => {
    expect(issues("rice_output[he_thu]")).toEqual([]);
    expect(issues("pct_of(budget_revenue, plan)")).toEqual([]);
    expect(issues("rice_output[he_thu] - last_year(rice_output[he_thu])")).toEqual([]);
    expect(
      issues("target(prev(ytd(school_enrolled[school_level=thcs, area=urban])), assigned)"),
    ).toEqual([]);
  });

  it("reports an unknown indicator at its line and column", () => {
    const result = checkFormula(parseFormula("received +\n  2 * recieved"), symbols);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "formula.unknown_name",
        message: "Không có chỉ tiêu 'recieved' ở dòng 2, cột 7",
        line: 2,
        column: 7,
      }),
    ]);
  });

  it("reports unknown functions and wrong argument counts", () => {
    expect(issues("average(received)")).toEqual([
      { code: "formula.unknown_function", message: "Không có hàm 'average' ở dòng 1, cột 1" },
    ]);
    expect(issues("round(received, 2, 3)")).toEqual([
      {
        code: "formula.arity",
        message: "Hàm 'round' cần 1 đến 2 đối số, có 3: viết round(x, số_chữ_số) ở dòng 1, cột 1",
      },
    ]);
    expect(issues("if(received > 1, 2)")[0]?.message).toBe(
      "Hàm 'if' cần 3 đối số, có 2: viết if(điều_kiện, a, b) ở dòng 1, cột 1",
    );
    expect(issues("coalesce(received)")[0]?.message).toContain("cần ít nhất 2 đối số, có 1");
  });

  it("checks disaggregation options and categories", () => {
    expect(issues("rice_output[he_thuu]")).toEqual([
      {
        code: "formula.unknown_option",
        message: "Chỉ tiêu 'rice_output' không có mục phân tổ 'he_thuu' ở dòng 1, cột 13",
      },
    ]);
    expect(issues("rice_output[level=he_thu]")[0]?.code).toBe("formula.unknown_category");
    expect(issues("school_enrolled[school_level=he_thu]")[0]?.message).toBe(
      "Phân tổ 'school_level' của chỉ tiêu 'school_enrolled' không có mục 'he_thu' ở dòng 1, cột 17",
    );
    expect(issues("school_enrolled[thcs]")[0]).toEqual({
      code: "formula.ambiguous_option",
      message:
        "Mục 'thcs' có trong nhiều phân tổ của 'school_enrolled' (school_level, area): viết rõ, ví dụ school_level=thcs ở dòng 1, cột 17",
    });
    expect(issues("school_enrolled[tieu_hoc, school_level=thcs]")[0]?.code).toBe(
      "formula.duplicate_category",
    );
    expect(issues("budget_revenue[he_thu]")[0]?.code).toBe("formula.unknown_option");
  });

  it("lets a selection on one category add the options of another, unless they do not add up", () => {
    const twoSets = simpleSymbols({
      crop_area: [
        { category: "season", options: ["dong_xuan", "he_thu"] },
        { category: "crop", options: ["lua", "ngo"] },
      ],
      crop_damage: [
        { category: "season", options: ["dong_xuan", "he_thu"] },
        { category: "crop", options: ["lua", "ngo"], unsummable: "số tổng nhập riêng" },
      ],
    });
    const found = (source: string) =>
      checkFormula(parseFormula(source), twoSets).issues.map((i) => [i.code, i.message]);
    expect(found("crop_area[he_thu] + crop_area[crop=lua] + crop_damage[lua]")).toEqual([]);
    expect(found("crop_damage[he_thu, lua] + crop_damage")).toEqual([]);
    // A target is set on the option itself: nothing is added up to read it.
    expect(found("target(ytd(crop_damage[he_thu]), plan)")).toEqual([]);
    expect(found("pct_of(crop_damage[he_thu], plan)").map(([code]) => code)).toEqual([
      "formula.unsummable_options",
    ]);
    expect(found("1 + crop_damage[season=he_thu]")).toEqual([
      [
        "formula.unsummable_options",
        "Không cộng được các mục của phân tổ 'crop' của chỉ tiêu 'crop_damage' (số tổng nhập riêng): chọn thêm một mục 'crop', ví dụ crop_damage[season=he_thu, crop=lua] ở dòng 1, cột 5",
      ],
    ]);
  });

  it("checks target kinds and the shape of reference functions", () => {
    expect(issues("pct_of(budget_revenue, plam)")).toEqual([
      {
        code: "formula.unknown_target_kind",
        message: "Không có loại chỉ tiêu giao 'plam' ở dòng 1, cột 24",
      },
    ]);
    expect(issues("target(budget_revenue, 2)")[0]?.code).toBe("formula.invalid_argument");
    expect(issues("ytd(received + 1)")[0]?.message).toBe(
      "Cần một chỉ tiêu ở đây (ví dụ rice_output hoặc ytd(rice_output)) ở dòng 1, cột 5",
    );
    expect(issues("offset(received, n)")[0]?.code).toBe("formula.invalid_argument");
    expect(issues("offset(received, -2)")).toEqual([]);
    expect(issues("ytd(ytd(received))")[0]?.message).toBe("'ytd' lặp lại hai lần ở dòng 1, cột 1");
    expect(issues("pct_of(target(received, plan), plan)")[0]?.code).toBe(
      "formula.invalid_argument",
    );
    expect(issues("sum_children(ytd(recieved))")[0]?.code).toBe("formula.unknown_name");
  });

  it("checks target kinds against the caller's list when given", () => {
    const custom = simpleSymbols({ x: [] }, ["plan", "district_plan"]);
    expect(checkFormula(parseFormula("target(x, district_plan)"), custom).issues).toEqual([]);
    expect(checkFormula(parseFormula("target(x, assigned)"), custom).issues).toHaveLength(1);
  });

  it("skips name checks without symbols but still checks functions and types", () => {
    const result = checkFormula(parseFormula("anything[x] + foo(1) + (1 < 2)"));
    expect(result.issues.map((i) => i.code)).toEqual([
      "formula.unknown_function",
      "formula.type_mismatch",
    ]);
  });
});

describe("checkFormula: types", () => {
  it("infers number and boolean results", () => {
    expect(checkFormula(parseFormula("received / 2"), symbols).type).toBe("number");
    expect(checkFormula(parseFormula("received > 2 and true"), symbols).type).toBe("boolean");
    expect(checkFormula(parseFormula("if(received > 2, true, false)"), symbols).type).toBe(
      "boolean",
    );
    expect(checkFormula(parseFormula("coalesce(received, 0)"), symbols).type).toBe("number");
  });

  it("rejects mixing numbers and truth values, at the offending operand", () => {
    expect(issues("received + (received > 1)")).toEqual([
      {
        code: "formula.type_mismatch",
        message: "Phép '+' cần số, gặp giá trị đúng/sai ở dòng 1, cột 13",
      },
    ]);
    expect(issues("received and true")[0]?.message).toBe(
      "Phép 'and' cần giá trị đúng/sai, gặp số ở dòng 1, cột 1",
    );
    expect(issues("not received")[0]?.code).toBe("formula.type_mismatch");
    expect(issues("if(received, 1, 2)")[0]?.message).toBe(
      "Hàm 'if' (điều kiện) cần giá trị đúng/sai, gặp số ở dòng 1, cột 4",
    );
    expect(issues("if(true, 1, false)")[0]?.code).toBe("formula.type_mismatch");
    expect(issues("(1 < 2) == 3")[0]?.code).toBe("formula.type_mismatch");
    expect(issues("max(1, true)")[0]?.code).toBe("formula.type_mismatch");
    expect(issues("round(1.5, 0.5)")[0]?.code).toBe("formula.invalid_argument");
  });

  it("demands the expected result type", () => {
    expect(issues("received", "boolean")).toEqual([
      {
        code: "formula.type_mismatch",
        message: "Công thức phải cho ra giá trị đúng/sai, nhưng cho ra số ở dòng 1, cột 1",
      },
    ]);
  });

  it("lists issues in source order", () => {
    const found = checkFormula(parseFormula("foo(1) + bar + (1 < 2)"), symbols).issues;
    expect(found.map((i) => i.column)).toEqual([1, 10, 17]);
  });
});
