import { describe, expect, it } from "vitest";
import { figureExpression, figureFormat, figureTemplate, MEASURES } from "./figure-expression.ts";

describe("the figure a clerk picks, as the template writes it", () => {
  it("writes each measure of an indicator", () => {
    const of = (measure: (typeof MEASURES)[number]) =>
      figureExpression({ indicator: "rice_output", measure, decimals: 0 });
    expect(MEASURES.map(of)).toEqual([
      "rice_output",
      "ytd(rice_output)",
      "last_year(rice_output)",
      "last_year(ytd(rice_output))",
      "rice_output - last_year(rice_output)",
      "ytd(rice_output) - last_year(ytd(rice_output))",
      "growth(rice_output)",
      "ratio(rice_output)",
      "pct_of(ytd(rice_output), plan)",
      "target(rice_output, plan)",
    ]);
  });

  it("takes one category option and another target kind", () => {
    expect(
      figureTemplate({
        indicator: "budget_revenue",
        option: { set: "source", code: "thue" },
        measure: "pct_of",
        kind: "du_toan_hdnd",
        decimals: 2,
      }),
    ).toBe("{{ pct_of(ytd(budget_revenue[source=thue]), du_toan_hdnd) | percent:2 }}");
  });

  it("formats a change in words, a share as a percentage, a count with its decimals", () => {
    expect(figureFormat({ measure: "ytd_change", decimals: 1 })).toBe("change:1:same");
    expect(figureFormat({ measure: "growth", decimals: 2 })).toBe("percent:2");
    expect(figureFormat({ measure: "ytd", decimals: 9 })).toBe("number:6");
    expect(
      figureTemplate({ indicator: "rice_output", measure: "ytd", decimals: 0, unitWords: "tấn" }),
    ).toBe("{{ ytd(rice_output) | number:0 tấn }}");
  });
});
