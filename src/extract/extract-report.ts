import type { Catalogue } from "../core/catalogue/index.ts";
import type { Template } from "../report/index.ts";
import { type Inversion, invertFigure } from "./invert.ts";
import { CONTEXT_SPAN, locateFigures } from "./locate-figures.ts";
import { matchSentences } from "./match-sentences.ts";
import { ownText, readFigure } from "./read-figure.ts";
import { reportSentences, type Sentence, sentenceText } from "./sentences.ts";
import { dice, wordBag } from "./similarity.ts";
import { type TemplateFigure, templateText } from "./template-sentences.ts";

/** What to read: a past report's plain text, the template it was written from, and for whom. */
export interface ExtractRequest {
  readonly template: Template;
  readonly text: string;
  /** The file's name, written in the note of every value taken from it. */
  readonly file: string;
  readonly unit: string;
  readonly period: string;
  readonly catalogue: Catalogue;
}

/** A figure read from the report: where, as written, its value, and what it is a value of. */
export interface FoundFigure {
  readonly figure: TemplateFigure;
  readonly file: string;
  readonly sentence: string;
  readonly written: string;
  /** In the indicator's own unit (121224 for "121,224 tỷ" of an indicator in triệu đồng). */
  readonly value: number;
  /** 0–1: how alike the sentences are and how many neighbours of the figure match. */
  readonly confidence: number;
  readonly notes: readonly string[];
  readonly inversion: Inversion;
}

/** A figure not read, and why. */
export interface MissingFigure {
  readonly figure: TemplateFigure;
  readonly file: string;
  readonly reason: string;
  /** The report sentence it was looked for in, when one was found. */
  readonly sentence?: string;
}

/** Everything read from one report. */
export interface ExtractedReport {
  readonly file: string;
  readonly found: readonly FoundFigure[];
  readonly missing: readonly MissingFigure[];
}

/**
 * Reads one past report against its template: sentences are paired by their words, the holes
 * of each pair placed by their neighbours, and each placed number read with the format of its
 * hole. Nothing is guessed: a sentence not found, a hole not placed, a number that reads two
 * ways all end in `missing` with the reason.
 */
export function extractReport(request: ExtractRequest): ExtractedReport {
  const { figures, sentences } = templateText(request.template, request.period);
  const report = reportSentences(request.text);
  const matches = matchSentences(sentences, report);
  const found: FoundFigure[] = [];
  const missing: MissingFigure[] = [];
  const file = request.file;
  const matchOf = new Map(matches.map((m) => [m.template, m]));
  const confusable = confusableSentences(sentences);
  // A sentence the template writes twice ("tổng dư nợ … đồng" of each bank) is known only by
  // where it stands: it is read when its neighbours found in the report are still its
  // neighbours there, on both sides (one side alone is too often a coincidence of reordering).
  const anchored = (t: number, r: number) => {
    const side = (dt: -1 | 1) => {
      const neighbour = matchOf.get(t + dt);
      return neighbour === undefined ? undefined : neighbour.report === r + dt;
    };
    const left = side(-1);
    const right = side(1);
    return left !== false && right !== false && (left === true || right === true);
  };
  sentences.forEach((sentence, t) => {
    const holes = holesOf(sentence);
    if (holes.length === 0) return;
    const match = matchOf.get(t);
    const reportSentence = match ? (report[match.report] as Sentence) : undefined;
    const lost = !match || !reportSentence;
    if (lost || (confusable.has(t) && !anchored(t, match.report))) {
      for (const hole of holes)
        missing.push({
          figure: figures[hole] as TemplateFigure,
          file,
          reason: lost
            ? "không tìm thấy câu tương ứng trong báo cáo"
            : "mẫu có câu gần giống câu này; thứ tự câu trong báo cáo đã đổi nên không biết câu nào ứng với câu nào",
          ...(reportSentence ? { sentence: sentenceText(reportSentence) } : {}),
        });
      return;
    }
    const text = sentenceText(reportSentence);
    const placed = new Map(
      locateFigures(sentence, reportSentence, figures).map((l) => [l.hole, l]),
    );
    for (const hole of holes) {
      const figure = figures[hole] as TemplateFigure;
      const at = placed.get(hole);
      if (!at) {
        missing.push({
          figure,
          file,
          sentence: text,
          // Numbers in words (“Mười ba tỷ, năm trăm linh ba triệu”) are not read back: the same
          // value is almost always written in digits beside them.
          reason: figure.format.startsWith("words")
            ? "số viết bằng chữ chưa đọc lại được"
            : "câu có nhưng không xác định được số ở vị trí này (câu đã viết khác)",
        });
        continue;
      }
      const inversion = invertFigure(figure.source, request);
      const written = ownText(at.text, figure.format, textAfter(sentence, hole));
      const reading = readFigure(written, figure.format, inversion.dongPerUnit);
      if (!reading.ok) {
        missing.push({ figure, file, sentence: text, reason: reading.reason });
        continue;
      }
      const confidence =
        0.5 * match.similarity +
        0.5 * Math.min(1, at.context / CONTEXT_SPAN) -
        (reading.notes.length > 0 ? 0.1 : 0);
      found.push({
        figure,
        file,
        sentence: text,
        written,
        value: reading.value,
        confidence: Math.round(confidence * 100) / 100,
        notes: reading.notes,
        inversion,
      });
    }
  });
  return { file, found, missing };
}

/** Template sentences with figures that another template sentence nearly repeats. */
function confusableSentences(sentences: readonly Sentence[]): Set<number> {
  const bags = sentences.map(wordBag);
  const confusable = new Set<number>();
  sentences.forEach((s, i) => {
    if (holesOf(s).length === 0) return;
    bags.forEach((other, j) => {
      if (i !== j && dice(bags[i] as Map<string, number>, other) >= CONFUSABLE) confusable.add(i);
    });
  });
  return confusable;
}

/** Two template sentences this alike cannot be told apart by their words alone. */
const CONFUSABLE = 0.8;

/** The template's own text right after a hole, up to the next hole. */
function textAfter(sentence: Sentence, hole: number): string {
  const at = sentence.pieces.findIndex((p) => "hole" in p && p.hole === hole);
  const next = sentence.pieces[at + 1];
  return next && "text" in next ? next.text : "";
}

function holesOf(sentence: Sentence): number[] {
  return sentence.pieces.flatMap((p) => ("hole" in p ? [p.hole] : []));
}
