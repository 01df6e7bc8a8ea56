import { describe, expect, it } from "vitest";
import type { FigureRun, Run } from "../model.ts";
import { lineText } from "./line-text.ts";
import { liveFigureLookup } from "./live-figures.ts";
import { narrativeChecks } from "./narrative-checks.ts";

const text = (t: string): Run => ({ kind: "text", text: t });
const figure = (t: string, source: string, line: number): FigureRun => ({
  kind: "figure",
  source,
  format: "number:0",
  text: t,
  value: Number(t.replace(/\./g, "")),
  status: "official",
  references: [],
  line,
});

const live: Run[] = [
  text("Lũy kế tổng sản lượng lúa cả năm đạt "),
  figure("240.849", "ytd(rice_output)", 35),
  text(" tấn."),
];

describe("typed numbers that a live figure already prints", () => {
  const lookup = liveFigureLookup([live]);

  it("names the figure to insert instead of the typed copy", () => {
    const typed = lineText([text("Sản lượng lúa lũy kế 240.849 tấn, năng suất 5,2 tấn/ha.")]);
    const findings = narrativeChecks(typed, lookup).filter((f) => f.kind === "typed_number");
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^Số "240\.849" được gõ tay nhưng trùng với số liệu \{\{ ytd\(rice_output\) \| number:0 \}\} ở dòng 35 của mẫu: hãy chèn số liệu/u,
      ),
      expect.stringMatching(/^Số "5,2" được gõ tay, không gắn với số liệu/u),
    ]);
  });

  it("says nothing of the figure itself, nor of numbers no figure prints", () => {
    expect(narrativeChecks(lineText(live), lookup)).toEqual([]);
    const other = lineText([text("Diện tích 240.848 ha.")]);
    expect(narrativeChecks(other, lookup).map((f) => f.message)).toEqual([
      expect.stringMatching(/được gõ tay, không gắn với số liệu/u),
    ]);
  });
});
