/**
 * What a reader noticed while reading a figure. The figure is still read; the note tells the
 * clerk that the source did not follow the convention, so a second look may be worth it.
 */
export type ParseNote =
  /** "101.10%", "65.06%": a dot as the decimal mark, or commas grouping thousands ("1,234,567"). */
  | "nonstandard_separator"
  /** "2322/2663": four or more digits with no thousands dots. */
  | "missing_grouping"
  /** "03 căn": a count padded with a zero. */
  | "zero_padded"
  /** "56,59 %": reports glue the sign to the figure. */
  | "space_before_percent"
  /** "2 tỷ 9": spoken shorthand read as 2,9 tỷ (literally 2 tỷ and 9). */
  | "colloquial_scale";

/** Vietnamese explanation of each note, for the import review screen. */
export const PARSE_NOTE_MESSAGES: Readonly<Record<ParseNote, string>> = {
  nonstandard_separator:
    "Dấu phân cách không theo quy ước (dấu chấm ngăn hàng nghìn, dấu phẩy ngăn thập phân).",
  missing_grouping: "Số từ bốn chữ số trở lên nhưng không có dấu chấm ngăn hàng nghìn.",
  zero_padded: "Số được thêm chữ số 0 ở đầu (cách viết 03, 04…).",
  space_before_percent: "Có khoảng trắng trước dấu %.",
  colloquial_scale: "Cách nói tắt (như “2 tỷ 9” là 2,9 tỷ); cần kiểm tra lại.",
};
