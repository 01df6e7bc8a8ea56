import type { NarrativeFinding } from "./finding.ts";
import type { LineText } from "./line-text.ts";
import type { LiveFigureLookup } from "./live-figures.ts";
import type { Mention } from "./mentions.ts";

/**
 * Figures typed by hand: a quantity (a unit, a % or money) written as plain text, which will not
 * follow the data. Document numbers, dates, years, names, ages, numbering and counts of named
 * things ("03 Chương trình") are not figures and are left alone. "1. 357" is said to be unclear
 * rather than read as 357 or as 1.357.
 */
export function typedNumberFindings(
  line: LineText,
  mentions: readonly Mention[],
  liveFigure: LiveFigureLookup = () => undefined,
): NarrativeFinding[] {
  const { text } = line;
  const out: NarrativeFinding[] = [];
  for (const m of mentions) {
    if (m.fromFigure) continue;
    const context = text.slice(Math.max(0, m.start - 30), m.end + 20).trim();
    // Zero says that nothing happened ("0 vụ"): nothing for the data to follow.
    const live = m.kind === "figure" && m.value !== 0 ? liveFigure(m.numeral) : undefined;
    if (live)
      // The same number is live elsewhere in the report: say which figure to insert instead.
      out.push({
        kind: "typed_number",
        message: `Số "${m.numeral}" được gõ tay nhưng trùng với số liệu {{ ${live.source}${live.format ? ` | ${live.format}` : ""} }} ở dòng ${live.line} của mẫu: hãy chèn số liệu đó để số tự cập nhật: "…${context}…".`,
      });
    else if (m.kind === "figure" && m.value !== 0)
      out.push({
        kind: "typed_number",
        message: `Số "${m.numeral}" được gõ tay, không gắn với số liệu: "…${context}…".`,
      });
    else if (m.kind === "spaced" && /\.\s$/u.test(text.slice(0, m.start)))
      out.push({
        kind: "spaced_number",
        message: `Không rõ "${text.slice(text.lastIndexOf(" ", m.start - 3) + 1, m.end).trim()}": là số thứ tự rồi đến số ${m.numeral}, hay số có dấu chấm hàng nghìn bị gõ thừa dấu cách? Không đọc thành một số: "…${context}…".`,
      });
  }
  return out;
}
