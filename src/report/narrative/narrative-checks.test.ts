import { describe, expect, it } from "vitest";
import type { NarrativeFinding } from "./finding.ts";
import { plainLine } from "./line-text.ts";
import { narrativeChecks } from "./narrative-checks.ts";

type Relation = Exclude<NarrativeFinding["kind"], "typed_number">;

/** A typed sentence, the figures in it typed by hand, and the relations in it that are false. */
interface Case {
  readonly sentence: string;
  readonly typed?: readonly string[];
  readonly wrong?: readonly Relation[];
}

// Numbers that are not data: no warning at all, whatever the shape.
const NOT_DATA: readonly Case[] = [
  { sentence: "Tuần tra theo Nghị định số 03/2019/NĐ-CP ngày 05/9/2019 của Chính phủ." },
  { sentence: "Thực hiện Kế hoạch 51/KH-UBND ngày 17/3/2023 của Ủy ban nhân dân thị xã." },
  { sentence: "Theo Công văn số 123/UBND-VP ngày 30 tháng 8 năm 2023 của UBND thị xã." },
  { sentence: "Thực hiện vốn 03 Chương trình mục tiêu quốc gia và Đề án số 06 của Chính phủ." },
  { sentence: "Tuyến Quốc lộ 61B đoạn qua Phường 1 được nâng cấp." },
  { sentence: "Dự án nâng cấp QL1A và đường tỉnh 927 đang triển khai." },
  { sentence: "Sửa chữa tỉnh lộ 42 và đường Số 4, đường N11, đường D14 của thị xã." },
  { sentence: "Tổ chức kỷ niệm 78 năm Cách mạng Tháng Tám thành công và Quốc khánh 02/9." },
  { sentence: "Chào mừng kỷ niệm 93 năm ngày thành lập Đảng (03/02/1930 - 03/02/2023)." },
  { sentence: "Kỷ niệm 20 năm thành lập huyện Ngã Năm (10/2003 - 10/2023)." },
  { sentence: "Công tác tiêm chủng cho trẻ dưới 01 tuổi được quan tâm." },
  { sentence: "1. Kinh tế" },
  { sentence: "2.1. Sản xuất nông nghiệp" },
  { sentence: "- 3. Văn hóa - xã hội" },
  { sentence: "Điều 5, khoản 2 Luật Đất đai năm 2013 quy định rõ việc này." },
  { sentence: "Cuộc họp bắt đầu lúc 8 giờ 30 ngày 15/9/2023 tại hội trường." },
  { sentence: "Mọi phản ánh xin gọi số điện thoại 0299 3861 234 hoặc 0912345678." },
  { sentence: "Xét duyệt nghĩa vụ quân sự lần 1 năm 2024; triển khai đợt 4 cuộc thi trực tuyến." },
  { sentence: "So với đầu năm học 2022_2023; giai đoạn 2023 – 2025, tầm nhìn đến năm 2030." },
  { sentence: "Chuẩn bị Lễ Khai giảng năm học mới (ngày 5/9/2023) và vụ Đông Xuân 2023-2024." },
  { sentence: "Thời hạn giải quyết hồ sơ là 15 ngày làm việc kể từ ngày nhận." },
];

// Figures typed by hand (warned about) next to not-data numbers (not warned about).
const TYPED: readonly Case[] = [
  {
    sentence: "Diện tích thiệt hại trên 70% là 510 ha; thiệt hại từ 30-70% là 229 ha.",
    typed: ["510", "229"],
  },
  {
    sentence: "Tính đến ngày 14/8/2023, tổng dư nợ 458,921 triệu đồng.",
    typed: ["458,921"],
  },
  {
    sentence: "Theo Kế hoạch số 54/KH-UBND, thị xã hỗ trợ 120 hộ, chiếm 30% số hộ nghèo.",
    typed: ["120", "30%"],
  },
  {
    sentence: "Tổng thu nợ 118,264 triệu đồng, trong đó nợ xấu 7,633 triệu đồng.",
    typed: ["118,264", "7,633"],
  },
  { sentence: "Kết quả hòa giải thành 11 vụ việc (đạt 84,6%).", typed: ["11", "84,6%"] },
  // "1. 357": numbering then a number, or 1.357 with a stray space: said, never merged.
  { sentence: "Trong tháng đã hỗ trợ 1. 357 hộ gia đình.", wrong: ["spaced_number"] },
  { sentence: "1. 357 hộ được hỗ trợ vốn vay.", wrong: ["spaced_number"] },
];

// Relations that hold: no relation warning (the typed figures are listed, as above).
const TRUE_RELATIONS: readonly Case[] = [
  { sentence: "Giá trị sản xuất đạt 1.234,5 tỷ đồng, tăng 8,2% so với cùng kỳ (1.141 tỷ đồng)." },
  { sentence: "Diện tích 5.000 ha, giảm 2% so với cùng kỳ năm 2022 là 5.100 ha." },
  { sentence: "Giải ngân 21,727 tỷ đồng/64,300 tỷ đồng, đạt 33,79%." },
  { sentence: "Tiếp nhận 120 hồ sơ, giải quyết 100 hồ sơ, đang giải quyết 20 hồ sơ." },
  { sentence: "Trồng mới 1.200 cây, tăng 200 cây (tăng 20%) so với cùng kỳ." },
  { sentence: "Thị xã có 8/8 xã, phường đạt chuẩn, đạt 100%." },
  { sentence: "Cấp mầm non 2.322/2.663 học sinh đạt 87,2%." },
  { sentence: "Đã giải ngân 4,836/4,985 tỷ đồng đạt 97,01%." },
  { sentence: "Đã giải ngân 966/7.326 triệu đồng, tỷ lệ 13% kế hoạch vốn." },
  { sentence: "Huy động học sinh ra lớp đạt 101% (16.633/16.543 học sinh)." },
  { sentence: "Tương đương 22.313,03/22.338,49 ha, đạt tỷ lệ 99,89%." },
  { sentence: "Đã chi trả đạt trên 75% (1.517/2.000 hộ)." },
  { sentence: "Tổng số 852 hộ, trong đó 828 hộ nghèo và 24 hộ cận nghèo." },
  {
    sentence:
      "Lũy kế 25 căn, trong đó có 13 căn đủ điều kiện hỗ trợ (gồm: 03 căn sập hoàn toàn, 10 căn tốc mái), đã chi 120 triệu đồng.",
  },
  {
    sentence:
      "Tiếp nhận 880 hồ sơ (trong đó, trực tuyến 573 hồ sơ, chiếm 65% tổng số hồ sơ tiếp nhận), đã giải quyết đúng hạn 719 hồ sơ, trễ hạn 01 hồ sơ; còn 160 hồ sơ trong thời hạn giải quyết.",
  },
  {
    sentence:
      "Tổng vốn 121,224 tỷ đồng, gồm 23 dự án; trong đó vốn tỉnh 64,300 tỷ đồng, 04 công trình, đã giải ngân 21,727 tỷ, đạt 34% kế hoạch; vốn thị xã 56,924 tỷ đồng.",
  },
  {
    sentence: "Tổng vốn 121,224 tỷ đồng, gồm vốn tỉnh 64,300 tỷ đồng và vốn thị xã 56,924 tỷ đồng.",
  },
  { sentence: "Diện tích lúa 58.095 ha, giảm 1,5% (-862 ha) so với cùng kỳ." },
  { sentence: "Sản lượng 240.849 tấn, tăng 1,1% (tăng 2.725 tấn) so năm 2022." },
  {
    sentence:
      "Thu ngân sách tăng 2.000 triệu đồng (tăng 10%) so với cùng kỳ năm 2022 là 20.000 triệu đồng.",
  },
  { sentence: "Diện tích lúa giảm 1,5% (-862 ha) so với cùng kỳ 58.957 ha." },
  { sentence: "Tổng số 500 người, trong đó nữ 230 người, chiếm 46%." },
  {
    sentence:
      "Trong tháng tiếp nhận và giải quyết 03 hồ sơ xin giấy phép xây dựng, với tổng diện tích sàn 303,55 m².",
  },
  {
    sentence:
      "Số vụ tiếp nhận là 13 vụ việc; hòa giải thành 11 vụ việc (đạt 84,6%), không thành 02 vụ việc.",
  },
];

// Relations that do not hold: each one caught, with its kind.
const FALSE_RELATIONS: readonly Case[] = [
  {
    sentence:
      "Giá trị sản xuất đạt 1.234,5 tỷ đồng, tăng 9,2% so với cùng kỳ năm 2022 là 1.141 tỷ đồng.",
    wrong: ["change_mismatch"],
  },
  {
    sentence: "Diện tích 5.000 ha, tăng 2% so với cùng kỳ (5.100 ha).",
    wrong: ["change_mismatch"],
  },
  {
    sentence: "Giải ngân 21,727 tỷ đồng/64,300 tỷ đồng, đạt 35%.",
    wrong: ["ratio_mismatch"],
  },
  {
    sentence: "Tiếp nhận 120 hồ sơ, giải quyết 100 hồ sơ, đang giải quyết 25 hồ sơ.",
    wrong: ["parts_mismatch"],
  },
  { sentence: "Cấp tiểu học 6.524/6.422 học sinh đạt 101%.", wrong: ["ratio_mismatch"] },
  { sentence: "Đã giải ngân 6.524/6.422 tỷ đồng, bằng 101%.", wrong: ["ratio_mismatch"] },
  { sentence: "Đã giải ngân 2.845/7.035 triệu đồng, đạt tỷ lệ 45%.", wrong: ["ratio_mismatch"] },
  { sentence: "Đã chi trả đạt 75% (1.517/2.000 hộ).", wrong: ["ratio_mismatch"] },
  {
    sentence: "Tổng số 852 hộ, trong đó 829 hộ nghèo và 24 hộ cận nghèo.",
    wrong: ["parts_mismatch"],
  },
  {
    sentence:
      "Trong tháng đã tiếp nhận 852 hồ sơ, đã giải quyết đúng hạn 829 hồ sơ, 24 hồ sơ trong thời hạn giải quyết.",
    wrong: ["parts_mismatch"],
  },
  {
    sentence:
      "Tiếp nhận 880 hồ sơ, đã giải quyết đúng hạn 700 hồ sơ, trễ hạn 01 hồ sơ; còn 160 hồ sơ trong thời hạn giải quyết.",
    wrong: ["parts_mismatch"],
  },
  {
    sentence: "Có 13 căn bị thiệt hại (gồm: 03 căn sập hoàn toàn, 09 căn tốc mái).",
    wrong: ["parts_mismatch"],
  },
  {
    sentence: "Tổng vốn 121,224 tỷ đồng, gồm vốn tỉnh 64,300 tỷ đồng và vốn thị xã 56,000 tỷ đồng.",
    wrong: ["parts_mismatch"],
  },
  { sentence: "Tổng số 500 người, trong đó nữ 230 người, chiếm 40%.", wrong: ["share_mismatch"] },
  {
    sentence:
      "Tiếp nhận 880 hồ sơ (trong đó, trực tuyến 573 hồ sơ, chiếm 60% tổng số hồ sơ tiếp nhận).",
    wrong: ["share_mismatch"],
  },
  {
    sentence: "Diện tích lúa 58.095 ha, giảm 1,6% (-862 ha) so với cùng kỳ.",
    wrong: ["change_mismatch"],
  },
  {
    sentence: "Diện tích lúa giảm 1,6% (-862 ha) so với cùng kỳ 58.957 ha.",
    wrong: ["change_mismatch"],
  },
  {
    sentence: "Sản lượng 240.849 tấn, tăng 2,1% (tăng 2.725 tấn) so năm 2022.",
    wrong: ["change_mismatch"],
  },
  { sentence: "Sản lượng tăng 5% (-200 tấn) so với cùng kỳ.", wrong: ["change_mismatch"] },
];

const typedIn = (findings: readonly NarrativeFinding[]): string[] =>
  findings
    .filter((f) => f.kind === "typed_number")
    .map((f) => /^Số "([^"]+)"/u.exec(f.message)?.[1] ?? f.message);

const relationsIn = (findings: readonly NarrativeFinding[]): string[] =>
  findings.filter((f) => f.kind !== "typed_number").map((f) => f.kind);

describe("narrative checks on a corpus of typed sentences", () => {
  it("has a corpus of at least 40 sentences", () => {
    expect(
      NOT_DATA.length + TYPED.length + TRUE_RELATIONS.length + FALSE_RELATIONS.length,
    ).toBeGreaterThanOrEqual(40);
  });

  it.each(NOT_DATA)("gives no warning on not-data numbers: $sentence", ({ sentence }) => {
    expect(narrativeChecks(plainLine(sentence))).toEqual([]);
  });

  it.each(TYPED)(
    "warns only about the figures typed by hand: $sentence",
    ({ sentence, typed, wrong }) => {
      const findings = narrativeChecks(plainLine(sentence));
      expect(typedIn(findings)).toEqual(typed ?? []);
      expect(relationsIn(findings)).toEqual(wrong ?? []);
    },
  );

  it.each(TRUE_RELATIONS)(
    "gives no false alarm on a relation that holds: $sentence",
    ({ sentence }) => {
      expect(relationsIn(narrativeChecks(plainLine(sentence)))).toEqual([]);
    },
  );

  it.each(FALSE_RELATIONS)(
    "catches a relation that does not hold: $sentence",
    ({ sentence, wrong }) => {
      const found = narrativeChecks(plainLine(sentence)).filter((f) => f.kind !== "typed_number");
      expect(found.map((f) => f.kind)).toEqual(wrong);
      // The message quotes the sentence: its first number is in the quoted fragment.
      const first = /\d+(?:[.,]\d+)*/u.exec(sentence.replace(/^\D*?(\d)/u, "$1"))?.[0] ?? "";
      for (const f of found) expect(f.message).toContain(first);
    },
  );
});
