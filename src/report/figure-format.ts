import { BaocaoError } from "../core/errors.ts";
import {
  changePhrase,
  formatMoney,
  formatNumber,
  formatPercent,
  type MoneyScale,
} from "../core/numbers/index.ts";

/**
 * How a figure is written in the text. The spec after `|` in `{{ expression | spec }}`:
 * `number:3` · `percent:2` (also `%:2`) · `money:ty:3` · `money:ty_trieu` · `amount:ty:3` ·
 * `pad2` · `change:0` · `change:pad2` · `abs:1`, optionally followed by words written after the figure
 * (`{{ rice_output | number:0 tấn }}`).
 */
export interface FigureFormat {
  readonly kind: "number" | "percent" | "money" | "amount" | "pad2" | "change" | "abs";
  readonly decimals?: number;
  readonly scale?: MoneyScale;
  /** Pad whole counts below ten with a zero ("03"). */
  readonly pad2?: boolean;
  /** Words written after the figure, e.g. "tấn". */
  readonly suffix?: string;
}

const SCALES: readonly MoneyScale[] = ["dong", "nghin", "trieu", "ty", "ty_trieu"];
const DONG_PER: Record<Exclude<MoneyScale, "ty_trieu">, number> = {
  dong: 1,
  nghin: 1e3,
  trieu: 1e6,
  ty: 1e9,
};

/** Reads a format spec; an empty spec writes the number with up to two decimals. */
export function parseFigureFormat(spec: string): FigureFormat {
  const [head = "", ...words] = spec.trim().split(/\s+/);
  const suffix = words.length > 0 ? { suffix: words.join(" ") } : {};
  if (head === "") return { kind: "number", ...suffix };
  const [name, ...args] = head.split(":");
  const decimals = (text: string | undefined) => {
    if (text === undefined || text === "") return {};
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0 || n > 6)
      throw badFormat(spec, `số chữ số thập phân "${text}" phải từ 0 đến 6`);
    return { decimals: n };
  };
  const scale = (text: string | undefined): MoneyScale => {
    if (!SCALES.includes(text as MoneyScale))
      throw badFormat(spec, `đơn vị tiền "${text ?? ""}" phải là một trong ${SCALES.join(", ")}`);
    return text as MoneyScale;
  };
  switch (name) {
    case "number":
    case "n":
      return { kind: "number", ...decimals(args[0]), ...suffix };
    case "percent":
    case "%":
      return { kind: "percent", ...decimals(args[0]), ...suffix };
    case "money":
      return { kind: "money", scale: scale(args[0]), ...decimals(args[1]), ...suffix };
    case "amount":
      return { kind: "amount", scale: scale(args[0]), ...decimals(args[1]), ...suffix };
    case "pad2":
      return { kind: "pad2", ...suffix };
    case "change":
      // `change:pad2` pads small counts as the house style does: "giảm 03 đối tượng".
      return args[0] === "pad2"
        ? { kind: "change", pad2: true, ...suffix }
        : { kind: "change", ...decimals(args[0]), ...suffix };
    case "abs":
      return { kind: "abs", ...decimals(args[0]), ...suffix };
    default:
      throw badFormat(
        spec,
        `không có định dạng "${name}" (number, percent, money, amount, pad2, change, abs)`,
      );
  }
}

/**
 * Writes a value the Vietnamese way. Money is converted to đồng with `dongPerUnit` (the value's
 * own unit: 1e6 for triệu đồng) and written in the format's scale, without the currency word.
 */
export function formatFigure(value: number, format: FigureFormat, dongPerUnit = 1): string {
  const opts =
    format.decimals === undefined ? { decimals: 2, minDecimals: 0 } : { decimals: format.decimals };
  const text = (() => {
    switch (format.kind) {
      case "number":
        return formatNumber(value, opts);
      case "percent":
        return formatPercent(value, opts);
      case "money":
        return formatMoney(value * dongPerUnit, {
          scale: format.scale ?? "dong",
          currency: "",
          ...(format.decimals === undefined ? {} : { decimals: format.decimals }),
        });
      case "amount": {
        const scale =
          format.scale === "ty_trieu" || format.scale === undefined ? "dong" : format.scale;
        return formatNumber((value * dongPerUnit) / DONG_PER[scale], opts);
      }
      case "pad2":
        return formatNumber(value, { decimals: 0, pad2: true });
      case "change":
        return changePhrase(value, format.pad2 ? { decimals: 0, pad2: true } : opts);
      case "abs":
        return formatNumber(Math.abs(value), opts);
    }
  })();
  return format.suffix ? `${text} ${format.suffix}` : text;
}

function badFormat(spec: string, reason: string): BaocaoError {
  return new BaocaoError(
    "report.invalid_format",
    `Định dạng số "${spec}" không hợp lệ: ${reason}.`,
    { spec },
  );
}
