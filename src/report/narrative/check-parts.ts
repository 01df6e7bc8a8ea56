import { type NarrativeFinding, quote, vn } from "./finding.ts";
import type { Mention } from "./mentions.ts";
import { itemAround, sentenceAround, withoutAsides } from "./sentence.ts";
import { rangeOf } from "./tolerance.ts";

/**
 * Words that open a breakdown of the figure before them. "gồm", "bao gồm", "chia ra" list every
 * part, so the parts must add up to the total; "trong đó" often names only some parts ("trong
 * đó nợ xấu …"), so there the parts may only fall short of the total, never exceed it.
 */
const BREAKDOWN = /(?<![\p{L}])(trong đó|bao gồm|gồm có|gồm|chia ra)(?![\p{L}])/giu;
/** "tiếp nhận N hồ sơ …, đã giải quyết A …, B … trong thời hạn": received = resolved + pending. */
const RECEIVED = /(?<![\p{L}])tiếp nhận(?![\p{L}])/giu;
const SETTLED_ITEM = /giải quyết|trễ hạn|quá hạn|trong thời hạn|đang xử lý|chuyển kỳ sau|tồn/iu;

/** An item that reports on a part ("đã giải ngân 21,727 tỷ", "đạt 34%") rather than being one. */
const NOT_A_PART = /^\s*(?:đã|đạt|lũy kế|tương đương|bằng|so với)/iu;

const counts = (m: Mention): boolean => m.kind === "figure" && !m.percent && m.unit !== undefined;

interface Breakdown {
  readonly total: Mention;
  readonly parts: readonly Mention[];
  readonly exhaustive: boolean;
}

/** Sum of the parts against the total, allowing the rounding of what was written with decimals. */
function disagreement(b: Breakdown): number | undefined {
  const sum = b.parts.reduce((s, p) => s + p.value, 0);
  const slack =
    b.parts.reduce((s, p) => s + (rangeOf(p).hi - p.value), 0) +
    (rangeOf(b.total).hi - b.total.value) +
    1e-9 * Math.abs(b.total.value);
  const over = sum - b.total.value;
  if (over > slack) return over;
  if (b.exhaustive && -over > slack) return over;
  return undefined;
}

/** The breakdowns opened by "trong đó", "gồm"… */
function breakdowns(text: string, mentions: readonly Mention[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (const m of text.matchAll(BREAKDOWN)) {
    const sentence = sentenceAround(text, m.index);
    const opensAside = /\(\s*$/u.test(text.slice(sentence[0], m.index));
    const depthAt = (mentions.find((x) => x.start >= m.index)?.depth ?? 0) as number;
    const listEnd = listEndAfter(text, m.index, sentence[1]);
    const candidates = mentions.filter(
      (x) => counts(x) && x.start > m.index && x.end <= listEnd && x.depth === depthAt,
    );
    const first = candidates[0];
    if (!first) continue;
    const parts = candidates.filter(
      (x) =>
        x.unit === first.unit &&
        !NOT_A_PART.test(withoutAsides(text.slice(...itemAround(text, x.start, sentence)))),
    );
    const totalDepth = opensAside ? depthAt - 1 : depthAt;
    const total = mentions
      .filter(
        (x) =>
          counts(x) &&
          x.unit === first.unit &&
          x.end <= m.index &&
          x.start >= sentence[0] &&
          x.depth === totalDepth,
      )
      .at(-1);
    if (!total || parts.length < 2) continue;
    out.push({ total, parts, exhaustive: (m[1] ?? "").toLowerCase() !== "trong đó" });
  }
  return out;
}

/** Where a list opened at `from` ends: its closing parenthesis, a semicolon at its depth, or the sentence end. */
function listEndAfter(text: string, from: number, sentenceEnd: number): number {
  let depth = 0;
  for (let i = from; i < sentenceEnd; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") {
      if (depth === 0) return i;
      depth--;
    } else if (c === ";" && depth === 0) return i;
  }
  return sentenceEnd;
}

/** "tiếp nhận N …, đã giải quyết A …, còn B … trong thời hạn" to the end of the sentence. */
function dossierFlows(text: string, mentions: readonly Mention[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (const m of text.matchAll(RECEIVED)) {
    const sentence = sentenceAround(text, m.index);
    // The total follows the words at once ("tiếp nhận 852 hồ sơ", "tiếp nhận và hòa giải 13
    // vụ việc"), never across a comma or out of a parenthesis ("tổng số hồ sơ tiếp nhận), …").
    const total = mentions.find((x) => counts(x) && x.start > m.index);
    if (!total || !/^[^\d(),;]{0,50}$/u.test(text.slice(m.index, total.start))) continue;
    const parts = mentions.filter((x) => {
      if (!counts(x) || x.unit !== total.unit || x.start <= total.end) return false;
      if (x.end > sentence[1] || x.depth !== total.depth) return false;
      const item = withoutAsides(text.slice(...itemAround(text, x.start, sentence)));
      return SETTLED_ITEM.test(item) && !/lũy kế/iu.test(item);
    });
    const items = parts.map((x) =>
      withoutAsides(text.slice(...itemAround(text, x.start, sentence))),
    );
    if (parts.length < 2 || !items.some((i) => /giải quyết/iu.test(i))) continue;
    out.push({ total, parts, exhaustive: true });
  }
  return out;
}

/**
 * Parts against their stated total in one sentence: "tổng số 852 hộ, trong đó 829 hộ nghèo và
 * 24 hộ cận nghèo" (853 > 852), "13 căn (gồm: 03 căn sập, 10 căn tốc mái)", and the dossier flow
 * "tiếp nhận 852 hồ sơ, đã giải quyết 829 hồ sơ, 24 hồ sơ trong thời hạn".
 */
export function checkParts(text: string, mentions: readonly Mention[]): NarrativeFinding[] {
  const out: NarrativeFinding[] = [];
  for (const b of [...breakdowns(text, mentions), ...dossierFlows(text, mentions)]) {
    const off = disagreement(b);
    if (off === undefined) continue;
    const last = b.parts.at(-1) ?? b.total;
    const sum = b.parts.reduce((s, p) => s + p.value, 0);
    // Shown in the total's scale ("tỷ"), with as many decimals as the most precise number.
    const decimals = Math.max(b.total.decimals, ...b.parts.map((p) => p.decimals));
    const scale = 10 ** b.total.exponent;
    const written = b.parts.map((p) => p.numeral).join(" + ");
    const word = off > 0 ? "lớn hơn" : "nhỏ hơn";
    out.push({
      kind: "parts_mismatch",
      message: `Các phần không khớp với tổng: ${quote(text, b.total.start, last.end + 20)} — ${written} = ${vn(sum / scale, decimals)}, ${word} tổng số ${b.total.numeral} (lệch ${vn(Math.abs(off) / scale, decimals)}).`,
    });
  }
  return out;
}
