import { paragraphs } from "../../src/extract/sentences.ts";

/** The changes offices make to last month's report, one kind at a time or all together. */
export const PERTURBATIONS = ["reorder", "reword", "drop", "add", "numbers"] as const;
export type Perturbation = (typeof PERTURBATIONS)[number];

/** A perturbed copy: its text, and the sentences dropped (their figures cannot be recovered). */
// `dropped` holds whole sentences; a figure was dropped when its sentence is part of one.
export interface PerturbedCopy {
  readonly text: string;
  readonly dropped: readonly string[];
}

/** A small seeded generator (mulberry32): the same seed gives the same copies. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Sentences an office adds in a month: other topics, with figures, sharing words with the
 * template's sentences (tiếp nhận, hồ sơ, lũy kế, xử phạt, số tiền…).
 */
const ADDED: readonly string[] = [
  "Trong tháng, thị xã tổ chức 03 lớp tập huấn cho 120 lượt cán bộ về chuyển đổi số.",
  "Tiếp nhận 15 hồ sơ đăng ký kinh doanh hộ cá thể, cấp mới 12 giấy chứng nhận.",
  "Kiểm tra 8 cơ sở kinh doanh thực phẩm, xử phạt vi phạm hành chính 2 cơ sở với số tiền 6.500.000 đồng.",
  "Lũy kế từ đầu năm đã tiếp nhận 27 đơn thư khiếu nại, tố cáo, đã giải quyết 25 đơn, đạt 92,6%.",
  "Tổ chức 04 đợt ra quân dọn dẹp vệ sinh môi trường với hơn 500 lượt người tham gia.",
  "Trong tháng giải quyết cho 36 hộ vay vốn giải quyết việc làm với tổng số tiền 1,850 tỷ đồng.",
];

/** Words offices change from one month to the next, with what they write instead. */
const REWORDINGS: readonly [RegExp, string][] = [
  [/trong tháng/giu, "trong kỳ"],
  [/lũy kế/giu, "cộng dồn"],
  [/đến nay/giu, "tới nay"],
  [/thực hiện/giu, "triển khai"],
  [/tổ chức/giu, "mở"],
  [/người dân/giu, "nhân dân"],
  [/được quan tâm/giu, "được chú trọng"],
  [/kết quả/giu, "qua đó"],
  // Words right before a figure, which the reader uses to place it.
  [/ đạt (?=\d)/gu, " bằng "],
  [/ là (?=\d)/gu, " ở mức "],
  [/ cho (?=\d)/gu, " đối với "],
  [/ có (?=\d)/gu, " gồm "],
];

/**
 * The sentences of a paragraph as a writer moves them: ending in ". ! ?" before a capital. (The
 * reader splits finer, at ";" too; clauses of one sentence stay together when a clerk reorders.)
 */
function wholeSentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=[\p{Lu}\-+])/u);
}

/** Rewrites the numbers of a sentence in other valid Vietnamese forms (the value is the same). */
export function rewriteNumbers(sentence: string): string {
  return (
    sentence
      // 121,224 tỷ → 121 tỷ 224 triệu; 101.976 triệu → 101 tỷ 976 triệu
      .replace(/(?<![.,\d])(\d{1,3}),(\d{3}) tỷ/g, (_, a: string, b: string) =>
        /^0+$/.test(b) ? `${a} tỷ` : `${a} tỷ ${String(Number(b))} triệu`,
      )
      .replace(/(?<![.,\d])(\d{1,3})\.(\d{3}) triệu/g, (_, a: string, b: string) =>
        /^0+$/.test(b) ? `${a} tỷ` : `${a} tỷ ${String(Number(b))} triệu`,
      )
      // 120 triệu → 120.000.000 (đồng follows)
      .replace(/(?<![.,\d]|tỷ )(\d{1,3}) triệu đồng/g, (_, a: string) => `${a}.000.000 đồng`)
      // 96.549 → 96549 (no grouping), when not followed by a decimal part or a scale word
      .replace(/(?<![.,\d])(\d{1,2})\.(\d{3})(?![.,]?\d)(?! (?:tỷ|triệu))/g, "$1$2")
      // 03 → 3
      .replace(/(^|[\s(])0(\d)\b(?![.,/]\d)/g, "$1$2")
      // 56,59% → 56,59 %
      .replace(/(\d)%/g, "$1 %")
  );
}

/**
 * A perturbed copy of a report: sentences shuffled inside their paragraphs and paragraphs
 * swapped with a neighbour (reorder), a few sentences reworded (reword), one sentence with a
 * figure dropped (drop), new sentences with figures added (add), every number rewritten in
 * another valid form (numbers).
 */
export function perturb(
  text: string,
  kinds: readonly Perturbation[],
  random: () => number,
): PerturbedCopy {
  const pick = <T>(items: readonly T[]): T | undefined =>
    items[Math.floor(random() * items.length)];
  let blocks = paragraphs(text).map(wholeSentences);
  const dropped: string[] = [];
  const withFigures = () =>
    blocks.flatMap((b, i) => b.map((s, j) => ({ i, j, s }))).filter((x) => /\d/.test(x.s));
  if (kinds.includes("drop")) {
    const victim = pick(withFigures());
    if (victim) {
      dropped.push(victim.s);
      blocks[victim.i]?.splice(victim.j, 1);
    }
  }
  if (kinds.includes("reword"))
    for (let n = 0; n < 3; n++) {
      const target = pick(withFigures());
      if (!target) break;
      let s = target.s;
      for (const [from, to] of REWORDINGS) if (random() < 0.7) s = s.replace(from, to);
      (blocks[target.i] as string[])[target.j] = s;
    }
  if (kinds.includes("add"))
    for (const sentence of ADDED.filter(() => random() < 0.5)) {
      const block = blocks[Math.floor(random() * blocks.length)] as string[];
      block.splice(Math.floor(random() * (block.length + 1)), 0, sentence);
    }
  if (kinds.includes("numbers")) blocks = blocks.map((b) => b.map(rewriteNumbers));
  if (kinds.includes("reorder")) {
    // A sentence moved to the front of another is written with a capital, as a clerk would.
    blocks = blocks.map((b) =>
      shuffle(b, random).map((s) => s.charAt(0).toUpperCase() + s.slice(1)),
    );
    for (let i = 0; i + 1 < blocks.length; i++)
      if (random() < 0.3)
        [blocks[i], blocks[i + 1]] = [blocks[i + 1] as string[], blocks[i] as string[]];
  }
  return { text: blocks.map((b) => b.join(" ")).join("\n\n"), dropped };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
