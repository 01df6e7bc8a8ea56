import { BaocaoError } from "../core/errors.ts";
import {
  changePhrase,
  type FormatNumberOptions,
  formatMoney,
  formatNumber,
  formatPercent,
  type MoneyScale,
  numberInWords,
  type RoundingMode,
} from "../core/numbers/index.ts";

/**
 * How a figure is written in the text. The spec after `|` in `{{ expression | spec }}`:
 * `number:3` · `percent:2` (also `%:2`) · `money:ty:3` · `money:ty_trieu` · `amount:ty:3` ·
 * `pad2` · `change:0` · `change:pad2` · `abs:1` · `signed:1` ("+18", "-3") · `words` and
 * `words:dong` (in words: "mười ba tỷ, năm trăm linh ba triệu"), then any of these modifiers:
 * `nogroup` ("20380", no thousands dot), `floor` / `ceil` / `trunc` (round down, up or toward
 * zero: "trên {{ x | number:-1:floor }} tấn" → "trên 2.730 tấn", "99,13%" for 99,138), `same` (a change of zero reads
 * "bằng cùng kỳ"), `higher` (a change reads "cao hơn" / "thấp hơn"), `exceed` (against a plan or a
 * commitment: "vượt 1,5 ha" / "thiếu 2 ha"), `cap` (capital first letter),
 * `est` ("ước " before a figure with an estimated part),
 * optionally followed by words written after the figure (`{{ rice_output | number:0 tấn }}`).
 */
export interface FigureFormat {
  readonly kind:
    | "number"
    | "percent"
    | "money"
    | "amount"
    | "pad2"
    | "change"
    | "abs"
    | "signed"
    | "words";
  readonly decimals?: number;
  readonly scale?: MoneyScale;
  /** Pad whole counts below ten with a zero ("03"). */
  readonly pad2?: boolean;
  /** False writes no thousands separator ("2441,11 ha"). */
  readonly grouping?: boolean;
  readonly rounding?: RoundingMode;
  /** A change of zero reads "bằng cùng kỳ" instead of "không đổi". */
  readonly same?: boolean;
  /** A change reads "cao hơn" / "thấp hơn" instead of "tăng" / "giảm". */
  readonly higher?: boolean;
  /** A change against a plan reads "vượt" / "thiếu" instead of "tăng" / "giảm". */
  readonly exceed?: boolean;
  /** Capital first letter, for a figure that opens a sentence. */
  readonly capitalize?: boolean;
  /** "ước " before a figure with any estimated part ("ước đạt …" is written by the template). */
  readonly estimate?: boolean;
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
const KINDS =
  "number, percent, money, amount, pad2, change, abs, signed, words; bổ sung: nogroup, floor, ceil, trunc, same, higher, exceed, cap, est";

/** The modifiers a spec may end with, and what each sets. */
const MODIFIERS: Readonly<Record<string, Partial<FigureFormat>>> = {
  nogroup: { grouping: false },
  floor: { rounding: "floor" },
  ceil: { rounding: "ceil" },
  trunc: { rounding: "trunc" },
  same: { same: true },
  higher: { higher: true },
  exceed: { exceed: true },
  cap: { capitalize: true },
  est: { estimate: true },
};

/** Reads a format spec; an empty spec writes the number with up to two decimals. */
export function parseFigureFormat(spec: string): FigureFormat {
  const [head = "", ...words] = spec.trim().split(/\s+/);
  const suffix = words.length > 0 ? { suffix: words.join(" ") } : {};
  if (head === "") return { kind: "number", ...suffix };
  const [name, ...all] = head.split(":");
  const args = all.filter((a) => !(a in MODIFIERS));
  const modifiers = Object.assign(
    {},
    ...all.filter((a) => a in MODIFIERS).map((a) => MODIFIERS[a]),
  );
  const decimals = (text: string | undefined) => {
    if (text === undefined || text === "") return {};
    const n = Number(text);
    // Negative: rounded to tens (-1), hundreds (-2)… — "trên {{ x | number:-1:floor }} tấn".
    if (!Number.isInteger(n) || n < -6 || n > 6)
      throw badFormat(spec, `số chữ số thập phân "${text}" phải từ -6 đến 6`);
    return { decimals: n };
  };
  const scale = (text: string | undefined): MoneyScale => {
    if (!SCALES.includes(text as MoneyScale))
      throw badFormat(spec, `đơn vị tiền "${text ?? ""}" phải là một trong ${SCALES.join(", ")}`);
    return text as MoneyScale;
  };
  const parsed = ((): FigureFormat => {
    switch (name) {
      case "number":
      case "n":
        return { kind: "number", ...decimals(args[0]) };
      case "percent":
      case "%":
        return { kind: "percent", ...decimals(args[0]) };
      case "money":
        return { kind: "money", scale: scale(args[0]), ...decimals(args[1]) };
      case "amount":
        return { kind: "amount", scale: scale(args[0]), ...decimals(args[1]) };
      case "pad2":
        return { kind: "pad2" };
      case "change":
        // `change:pad2` pads small counts as the house style does: "giảm 03 đối tượng".
        return args[0] === "pad2"
          ? { kind: "change", pad2: true }
          : { kind: "change", ...decimals(args[0]) };
      case "abs":
        return { kind: "abs", ...decimals(args[0]) };
      case "signed":
        return { kind: "signed", ...decimals(args[0]) };
      case "words":
        return args[0] === undefined
          ? { kind: "words" }
          : { kind: "words", scale: scale(args[0]), ...decimals(args[1]) };
      default:
        throw badFormat(spec, `không có định dạng "${name}" (${KINDS})`);
    }
  })();
  if (args.length > expectedArgs(parsed.kind))
    throw badFormat(
      spec,
      `"${args.slice(expectedArgs(parsed.kind)).join(":")}" không phải phần bổ sung (${KINDS})`,
    );
  return { ...parsed, ...modifiers, ...suffix };
}

function expectedArgs(kind: FigureFormat["kind"]): number {
  return kind === "money" || kind === "amount" || kind === "words" ? 2 : kind === "pad2" ? 0 : 1;
}

/**
 * Writes a value the Vietnamese way. Money is converted to đồng with `dongPerUnit` (the value's
 * own unit: 1e6 for triệu đồng) and written in the format's scale, without the currency word.
 */
export function formatFigure(
  value: number,
  format: FigureFormat,
  dongPerUnit = 1,
  status: "estimate" | "official" | null = null,
): string {
  if (format.decimals !== undefined && format.decimals < 0)
    return formatFigure(toPlaces(value, format), { ...format, decimals: 0 }, dongPerUnit, status);
  const shape: FormatNumberOptions = {
    ...(format.grouping === false ? { grouping: false } : {}),
    ...(format.rounding ? { rounding: format.rounding } : {}),
  };
  const opts: FormatNumberOptions =
    format.decimals === undefined
      ? { decimals: 2, minDecimals: 0, ...shape }
      : { decimals: format.decimals, ...shape };
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
          ...shape,
          ...(format.decimals === undefined ? {} : { decimals: format.decimals }),
        });
      case "amount": {
        const scale =
          format.scale === "ty_trieu" || format.scale === undefined ? "dong" : format.scale;
        return formatNumber((value * dongPerUnit) / DONG_PER[scale], opts);
      }
      case "pad2":
        return formatNumber(value, { decimals: 0, pad2: true, ...shape });
      case "change":
        return changePhrase(value, {
          ...(format.pad2 ? { decimals: 0, pad2: true, ...shape } : opts),
          ...(format.same ? { zeroPhrase: "bằng cùng kỳ" } : {}),
          ...(format.higher ? { words: { up: "cao hơn", down: "thấp hơn" } } : {}),
          ...(format.exceed ? { words: { up: "vượt", down: "thiếu" } } : {}),
        });
      case "abs":
        return formatNumber(Math.abs(value), opts);
      case "signed": {
        const written = formatNumber(value, opts);
        return /^[-−]/.test(written) || /^0(,0*)?$/.test(written) ? written : `+${written}`;
      }
      case "words": {
        const scale =
          format.scale === undefined || format.scale === "ty_trieu" ? "dong" : format.scale;
        const amount = format.scale === undefined ? value : (value * dongPerUnit) / DONG_PER[scale];
        return numberInWords(amount, format.decimals ?? 0);
      }
    }
  })();
  const marked = format.estimate && status === "estimate" ? `ước ${text}` : text;
  const shown = format.capitalize
    ? marked.charAt(0).toLocaleUpperCase("vi") + marked.slice(1)
    : marked;
  return format.suffix ? `${shown} ${format.suffix}` : shown;
}

/** The value rounded to tens, hundreds… (negative decimals), by the format's rounding. */
function toPlaces(value: number, format: FigureFormat): number {
  const step = 10 ** -(format.decimals ?? 0);
  const round = {
    floor: Math.floor,
    ceil: Math.ceil,
    trunc: Math.trunc,
    "half-even": Math.round,
    "half-up": Math.round,
  }[format.rounding ?? "half-up"];
  return round(value / step) * step;
}

function badFormat(spec: string, reason: string): BaocaoError {
  return new BaocaoError(
    "report.invalid_format",
    `Định dạng số "${spec}" không hợp lệ: ${reason}.`,
    { spec },
  );
}
