import { describe, expect, it } from "vitest";
import { plainLine } from "./line-text.ts";
import { readMentions } from "./mentions.ts";
import type { NotDataReason } from "./not-data.ts";

/** The reason given for the numeral written between « » in a sentence. */
function reasonOf(marked: string): NotDataReason | undefined {
  const start = marked.indexOf("«");
  const text = marked.replace(/[«»]/gu, "");
  const mention = readMentions(plainLine(text)).find((m) => m.start === start);
  if (!mention) throw new Error(`no number read at ${start} in "${text}"`);
  return mention.reason;
}

describe("not-data numbers and why", () => {
  it.each<[string, NotDataReason]>([
    ["theo Nghị định số «03»/2019/NĐ-CP", "document_number"],
    ["theo Nghị định số 03/«2019»/NĐ-CP", "document_number"],
    ["Kế hoạch «51»/KH-UBND", "document_number"],
    ["Công văn số «123»/UBND-VP", "document_number"],
    ["Đề án số «06» về chuyển đổi số", "document_number"],
    ["ngày «17»/3/2023", "date"],
    ["ngày 17/«3»/2023", "date"],
    ["ngày 17/3/«2023»", "date"],
    ["Quốc khánh «02»/9", "date"],
    ["(«10»/2003 - 10/2023)", "date"],
    ["ngày «30» tháng 8", "date"],
    ["năm «2023» trên địa bàn", "numbering"],
    ["vụ Đông Xuân «2023»-2024", "year"],
    ["năm học «2022»_2023 tỷ lệ", "year"],
    ["Quốc lộ «61»B", "name"],
    ["đường tỉnh «927»", "name"],
    ["Phường «1», Phường 2", "name"],
    ["kỷ niệm «78» năm Cách mạng Tháng Tám", "age"],
    ["trẻ dưới «01» tuổi", "age"],
    ["«1». Kinh tế", "numbering"],
    ["lần «1» năm 2024", "numbering"],
    ["Điều «5», khoản 2", "clause"],
    ["Điều 5, khoản «2»", "clause"],
    ["lúc «8» giờ 30", "time"],
    ["lúc 8 giờ «30»", "time"],
    ["gọi «0912345678»", "phone"],
    ["thiệt hại trên «70»% là 510 ha", "class_bound"],
    ["thiệt hại từ «30»-70% là 229 ha", "class_bound"],
  ])("%s → %s", (marked, reason) => {
    expect(reasonOf(marked)).toBe(reason);
  });

  it("reads a ratio of small numbers with a unit as figures, not as a date", () => {
    const mentions = readMentions(plainLine("đã chi trả cho 14/16 hộ"));
    expect(mentions.map((m) => [m.kind, m.value, m.unit])).toEqual([
      ["figure", 14, "hộ"],
      ["figure", 16, "hộ"],
    ]);
  });

  it("never merges '1. 357' into one number", () => {
    for (const text of ["đã hỗ trợ 1. 357 hộ", "1. 357 hộ được hỗ trợ"]) {
      const mentions = readMentions(plainLine(text));
      expect(mentions.some((m) => m.value === 1357)).toBe(false);
      expect(mentions.find((m) => m.numeral === "357")?.kind).toBe("spaced");
    }
  });
});
