/**
 * Words that make a number a figure: measure units and the things counted in these reports.
 * A number followed by one of them is data; a number followed by anything else ("03 Chương
 * trình", "đợt 4") is a name, a count of fixed things or numbering, and is left alone.
 * Longest spellings first, so "hồ sơ" wins over "hộ" and "tấn/ha" over "tấn".
 */
const UNITS = [
  "tạ/ha",
  "tấn/ha",
  "triệu đồng",
  "tỷ đồng",
  "nghìn đồng",
  "vụ việc",
  "trường hợp",
  "công trình",
  "doanh nghiệp",
  "hợp tác xã",
  "lao động",
  "học sinh",
  "học viên",
  "thí sinh",
  "đối tượng",
  "phương tiện",
  "lượt người",
  "hồ sơ",
  "dự án",
  "cơ sở",
  "bị can",
  "ổ dịch",
  "giấy",
  "người",
  "hộ",
  "lượt",
  "ca",
  "vụ",
  "căn",
  "con",
  "cây",
  "cuộc",
  "lớp",
  "thẻ",
  "tin",
  "bài",
  "xã",
  "ha",
  "tấn",
  "tạ",
  "kg",
  "km",
  "m²",
  "m2",
  "m³",
  "m3",
  "m",
  "lít",
  "đồng",
  "USD",
  "tỷ",
  "triệu",
];

const PATTERN = new RegExp(`^\\s*(${UNITS.join("|")})(?![\\p{L}\\d])`, "iu");

/** The unit written right after a number ("852 hồ sơ" → "hồ sơ"), lower case; undefined if none. */
export function unitAt(text: string, position: number): string | undefined {
  return unitSpan(text, position)?.unit;
}

/** The unit after a number and where it ends, so that what follows the unit can be read. */
export function unitSpan(
  text: string,
  position: number,
): { readonly unit: string; readonly end: number } | undefined {
  const match = PATTERN.exec(text.slice(position));
  if (!match?.[1]) return undefined;
  return { unit: match[1].toLowerCase(), end: position + match[0].length };
}

/** Money units all compare as đồng: "64,300 tỷ đồng" and "21,727 tỷ" are parts of one sum. */
export function unitFamily(unit: string | undefined): string | undefined {
  if (unit === undefined) return undefined;
  if (/đồng|^tỷ$|^triệu$/u.test(unit)) return "đồng";
  return unit.replace("m2", "m²").replace("m3", "m³");
}
