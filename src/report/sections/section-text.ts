import { BaocaoError } from "../../core/errors.ts";
import { headingOf } from "../template/parse-template.ts";
import type { OwnedSection } from "./owned-sections.ts";

/**
 * Refuses a department's text that would not fit back in its place: it must open with the
 * section's heading (same level, same owner, so the office's template still knows whose it is)
 * and hold no heading of the same or a higher level (which would swallow the office's next
 * section when spliced in). Errors name the line, in Vietnamese.
 */
export function checkSectionText(text: string, section: OwnedSection): void {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  const heading = first < 0 ? undefined : headingOf((lines[first] ?? "").trim());
  const marks = "#".repeat(section.level);
  if (!heading || heading.level !== section.level || heading.owner !== section.owner)
    throw new BaocaoError(
      "section.invalid_text",
      `Phần báo cáo phải mở đầu bằng dòng tiêu đề "${marks} … {owner=${section.owner}}" như trong mẫu của văn phòng.`,
      { owner: section.owner, line: first < 0 ? 1 : first + 1 },
    );
  for (let i = first + 1; i < lines.length; i++) {
    const inner = headingOf((lines[i] ?? "").trim());
    if (inner && inner.level <= section.level)
      throw new BaocaoError(
        "section.invalid_text",
        `Dòng ${i + 1}: phần báo cáo không được có tiêu đề cùng cấp hoặc cao hơn ("${marks} "); tiêu đề này sẽ lấn sang phần khác của báo cáo.`,
        { owner: section.owner, line: i + 1 },
      );
  }
}
