import { isBaocaoError } from "../core/errors.ts";
import { type ParsedNumber, parseVietnameseNumber } from "../core/numbers/index.ts";
import { type FigureFormat, parseFigureFormat } from "../report/index.ts";

/** A figure read back into the indicator's own unit, or why it was not. */
export type FigureReading =
  | { readonly ok: true; readonly value: number; readonly notes: readonly string[] }
  | { readonly ok: false; readonly reason: string };

const DONG_PER = { dong: 1, nghin: 1e3, trieu: 1e6, ty: 1e9 } as const;

/**
 * The decimals a format writes: one count; up to two for a plain number; any for money and
 * amounts without a count (formatMoney then keeps every decimal), which settles nothing.
 */
function allowedDecimals(f: FigureFormat): readonly number[] | undefined {
  if (f.kind === "pad2" || f.pad2 || (f.kind === "money" && f.scale === "ty_trieu")) return [0];
  if (f.decimals !== undefined) return [f.decimals];
  return f.kind === "money" || f.kind === "amount" ? undefined : [0, 1, 2];
}

function tryParse(text: string, locale: "vi" | "en"): ParsedNumber | undefined {
  try {
    return parseVietnameseNumber(text, { locale });
  } catch (error) {
    if (isBaocaoError(error)) return undefined;
    throw error;
  }
}

const SCALE_WORD = /^(.*\d)\s+(tỷ|tỉ|triệu|nghìn|ngàn)$/iu;

/**
 * The figure as its own format wrote it. Reports write money as "38,6 tỷ đồng" and the reader
 * takes "38,6 tỷ" as one figure; but when the format writes no scale word (`number:1`) and the
 * template writes that word itself right after the hole (“{{ x | number:1 }} tỷ đồng”, x in tỷ
 * đồng), the word is the template's text and the figure is “38,6”.
 */
export function ownText(written: string, format: string, after: string): string {
  const kind = parseFigureFormat(format).kind;
  const m = SCALE_WORD.exec(written);
  if (!m || kind === "money" || kind === "amount") return written;
  const word = (m[2] as string).toLowerCase();
  return after.trimStart().toLowerCase().startsWith(word) ? (m[1] as string) : written;
}

/**
 * Reads a figure written by a template format back into the value the format was given:
 * "121,224 tỷ" under `money:ty:3` for an indicator in triệu đồng → 121224. A number that reads
 * two ways (core/numbers' ambiguity flag) is settled only by the format's decimals — "96.549"
 * under `number:0` can only be 96549, never 96,549 — and otherwise is not read at all.
 */
export function readFigure(written: string, format: string, dongPerUnit = 1): FigureReading {
  const f = parseFigureFormat(format);
  const change = /^(tăng|giảm)\s+/iu.exec(written);
  const body = change ? written.slice(change[0].length) : written;
  const vi = tryParse(body, "vi");
  if (!vi) return { ok: false, reason: `“${written}” không đọc được thành số` };
  let reading = vi;
  const notes: string[] = [...vi.notes];
  if (vi.notes.includes("colloquial_scale"))
    return { ok: false, reason: `“${written}” hiểu được hai cách (cách nói “2 tỷ 9”), không đoán` };
  if (vi.ambiguous) {
    const allowed = allowedDecimals(f);
    const readings = [vi, tryParse(body, "en")].filter(
      (r): r is ParsedNumber =>
        r !== undefined && (allowed === undefined || allowed.includes(r.decimals)),
    );
    const values = new Set(readings.map((r) => r.value));
    if (values.size !== 1 || !readings[0])
      return {
        ok: false,
        reason: `“${written}” hiểu được hai cách (${[vi.value, ...vi.alternatives].join(" hoặc ")}) và định dạng ${format} không phân định được`,
      };
    reading = readings[0];
    notes.push("settled_by_format");
  }
  // A scale word under a format that writes none: 1,2 triệu of a count, or 38,6 tỷ of an
  // indicator in tỷ đồng whose template does not write the word — which one is not known.
  if (reading.scale !== undefined && f.kind !== "money" && f.kind !== "amount")
    return {
      ok: false,
      reason: `“${written}” có chữ chỉ đơn vị mà định dạng ${format} không viết, không đoán`,
    };
  let value = reading.value;
  if (f.kind === "money") value /= dongPerUnit;
  else if (f.kind === "amount" && reading.scale === undefined) {
    const scale = f.scale === undefined || f.scale === "ty_trieu" ? "dong" : f.scale;
    value = (value * DONG_PER[scale]) / dongPerUnit;
  } else if (f.kind === "amount") value /= dongPerUnit;
  if (change && /^giảm/iu.test(change[0])) value = -value;
  // Scale arithmetic in binary floating point leaves 4.836000000000001; the text has fewer digits.
  return { ok: true, value: Number(value.toPrecision(12)), notes };
}
