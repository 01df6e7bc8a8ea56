import { describe, expect, it } from "vitest";
import {
  checkSectionText,
  ownedSections,
  spliceSections,
} from "../../src/report/sections/index.ts";
import { parseTemplate } from "../../src/report/template/parse-template.ts";

const TEMPLATE = [
  "---",
  "title: BÁO CÁO",
  "---",
  "# I. TÌNH HÌNH",
  "## 1. Kinh tế {owner=A}",
  "Lúa tốt.",
  "",
  "## 2. Xã hội {owner=B}",
  "Học sinh.",
  "# II. NHIỆM VỤ",
  "## 1. Kinh tế",
  "Tiếp tục.",
].join("\n");

describe("departments' sections of a template", () => {
  it("finds each owner's section up to the next heading of its level or higher", () => {
    expect(ownedSections(TEMPLATE).map((s) => [s.owner, s.title, s.from, s.to, s.text])).toEqual([
      ["A", "1. Kinh tế", 4, 7, "## 1. Kinh tế {owner=A}\nLúa tốt."],
      ["B", "2. Xã hội", 7, 9, "## 2. Xã hội {owner=B}\nHọc sinh."],
    ]);
  });

  it("splices a text in by owner, keeping the lines after a shorter text where they were", () => {
    const spliced = spliceSections(TEMPLATE, new Map([["A", "## 1. Kinh tế {owner=A}"]]));
    const lines = spliced.split("\n");
    expect(lines.indexOf("## 2. Xã hội {owner=B}")).toBe(7);
    expect(spliced).not.toContain("Lúa tốt.");
    const longer = spliceSections(
      TEMPLATE,
      new Map([["B", "## 2. Xã hội {owner=B}\nMột.\nHai.\nBa."]]),
    );
    const blocks = parseTemplate(longer).blocks;
    expect(blocks.map((b) => (b.kind === "heading" ? `#${b.owner ?? ""}` : b.line))).toEqual([
      "#",
      "#A",
      6,
      "#B",
      9,
      10,
      11,
      "#",
      "#",
      14,
    ]);
  });

  it("refuses a text without its heading or with a heading that would swallow the next section", () => {
    const [a] = ownedSections(TEMPLATE);
    if (!a) throw new Error("no section");
    expect(() => checkSectionText("Lúa tốt.", a)).toThrow(/phải mở đầu bằng dòng tiêu đề/);
    expect(() => checkSectionText("## 1. Kinh tế {owner=B}\nx", a)).toThrow(/owner=A/);
    expect(() => checkSectionText("## 1. Kinh tế {owner=A}\n# III. Khác", a)).toThrow(/Dòng 2/);
    expect(() => checkSectionText("## 1. Kinh tế {owner=A}\nMới.", a)).not.toThrow();
  });
});
