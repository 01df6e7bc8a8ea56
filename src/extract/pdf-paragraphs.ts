/**
 * A PDF's text laid out again as paragraphs, one a line, as mammoth gives a DOCX's: a PDF knows
 * only where each run of glyphs sits on its page, so lines are rebuilt from positions, and lines
 * are joined into paragraphs when nothing on the page says a paragraph ended (a wider gap, an
 * indented first line, a short last line, a change of size).
 */

/** A run of text drawn on a page: its left end and baseline in points (y grows upwards), font size. */
export interface PdfRun {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** One page's runs in the order the PDF draws them. */
export interface PdfPage {
  readonly runs: readonly PdfRun[];
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  /** The baseline and size of the line's largest run (superscripts ride above it). */
  y: number;
  size: number;
  page: number;
}

const SUPERSCRIPT: Record<string, string> = {
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};

/**
 * The plain text of a PDF's pages: body paragraphs one a line, page numbers dropped, and the
 * footnotes after the body, each one line starting with its superscript mark (“¹Kế hoạch …”), as
 * `paragraphs` in sentences.ts expects them.
 */
export function pdfParagraphs(pages: readonly PdfPage[]): string {
  const lines = pages.flatMap((page, i) => withoutPageNumbers(pageLines(page.runs, i)));
  const bodySize = modalSize(lines);
  const body: Line[] = [];
  const notes: Line[] = [];
  let inNotes = false;
  let page = -1;
  for (const line of lines) {
    if (line.page !== page) {
      page = line.page;
      inNotes = false;
    }
    // A footnote starts with its mark in a smaller type; what follows it on the page, in that
    // smaller type, is the footnotes' text.
    const small = line.size < bodySize * 0.9;
    if (small && /^[¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(line.text)) inNotes = true;
    else if (!small) inNotes = false;
    (inNotes ? notes : body).push(line);
  }
  return [...joinLines(body), ...joinLines(notes)].join("\n");
}

/** Rebuilds a page's lines: runs drawn one after another that overlap vertically and go rightwards. */
function pageLines(runs: readonly PdfRun[], page: number): Line[] {
  const lines: { runs: PdfRun[]; bottom: number; top: number; end: number }[] = [];
  for (const run of runs) {
    if (run.text === "" || run.size <= 0) continue;
    const last = lines[lines.length - 1];
    const bottom = run.y;
    const top = run.y + run.size;
    const overlap = last ? Math.min(top, last.top) - Math.max(bottom, last.bottom) : 0;
    if (last && overlap > 0.3 * run.size && run.x >= last.end - run.size) {
      last.runs.push(run);
      last.bottom = Math.min(last.bottom, bottom);
      last.top = Math.max(last.top, top);
      last.end = Math.max(last.end, run.x + run.width);
    } else lines.push({ runs: [run], bottom, top, end: run.x + run.width });
  }
  return lines.flatMap(({ runs: lineRuns }) => {
    const main = lineRuns.reduce((a, b) => (b.size > a.size && b.text.trim() !== "" ? b : a));
    let text = "";
    let end = Number.NEGATIVE_INFINITY;
    for (const run of lineRuns) {
      const raised = run.size < main.size * 0.85 && run.y > main.y + 0.15 * main.size;
      const piece = raised ? [...run.text].map((c) => SUPERSCRIPT[c] ?? c).join("") : run.text;
      // A gap wider than a thin space between two runs is a space the PDF did not draw.
      if (text !== "" && run.x - end > 0.15 * Math.min(run.size, main.size) && !/\s$/.test(text))
        text += " ";
      text += piece;
      end = run.x + run.width;
    }
    text = text.replace(/\s+/g, " ").trim();
    if (text === "") return [];
    const visible = lineRuns.filter((r) => r.text.trim() !== "");
    const x0 = Math.min(...visible.map((r) => r.x));
    const x1 = Math.max(...visible.map((r) => r.x + r.width));
    return [{ text, x0, x1, y: main.y, size: main.size, page }];
  });
}

/** A page number alone on the top or bottom line of its page (“2”, “- 2 -”, “Trang 2”, “2/7”). */
const PAGE_NUMBER = /^[-–—\s]*(?:trang\s*)?\d{1,4}(?:\s*\/\s*\d{1,4})?[-–—\s]*$/iu;

function withoutPageNumbers(lines: Line[]): Line[] {
  if (lines.length === 0) return lines;
  const top = Math.max(...lines.map((l) => l.y));
  const bottom = Math.min(...lines.map((l) => l.y));
  return lines.filter((l) => !(PAGE_NUMBER.test(l.text) && (l.y === top || l.y === bottom)));
}

/** The font size most of the text is written in. */
function modalSize(lines: readonly Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + l.text.length);
  }
  let best = 0;
  let most = -1;
  for (const [size, n] of chars)
    if (n > most) {
      best = size;
      most = n;
    }
  return best;
}

/** Lines joined into paragraphs, one string each. */
function joinLines(lines: readonly Line[]): string[] {
  if (lines.length === 0) return [];
  const pitch = linePitch(lines);
  const margins = pageMargins(lines);
  const paragraphs: string[][] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    if (previous && continues(previous, line, pitch, margins)) {
      const open = paragraphs[paragraphs.length - 1] as string[];
      open.push(line.text);
    } else paragraphs.push([line.text]);
    previous = line;
  }
  return paragraphs.map((p) =>
    p.reduce((text, next) =>
      // “30-” / “70%”: a word broken after its own hyphen is joined back without a space.
      /\S-$/.test(text) && /^[\p{L}\d]/u.test(next) ? text + next : `${text} ${next}`,
    ),
  );
}

/** Whether `line` goes on the paragraph `previous` belongs to. */
function continues(
  previous: Line,
  line: Line,
  pitch: (size: number) => number,
  margins: (page: number) => { left: number; right: number },
): boolean {
  if (Math.abs(line.size - previous.size) > 0.1 * previous.size) return false;
  if (line.page === previous.page) {
    const drop = previous.y - line.y;
    // Going up or sideways is another column or a table cell; a wider gap is a paragraph's space.
    if (drop < 0.5 * line.size || drop > 1.3 * pitch(line.size)) return false;
  }
  const { left } = margins(line.page);
  const { right } = margins(previous.page);
  // An indented first line starts a paragraph (so does a centred title's second line: the
  // sentence reader joins that one back when it goes on in lower case).
  if (line.x0 > left + 0.4 * line.size) return false;
  // The previous line stopped short although the next line's first word would have fitted.
  const charWidth = (line.x1 - line.x0) / Math.max(1, line.text.length);
  const firstWord = (line.text.split(" ")[0] ?? "").length * charWidth;
  return previous.x1 + 0.3 * line.size + firstWord > right;
}

/** The usual distance between two lines of a paragraph, by font size (single spacing if unknown). */
function linePitch(lines: readonly Line[]): (size: number) => number {
  const counts = new Map<number, Map<number, number>>();
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as Line;
    const b = lines[i] as Line;
    const drop = a.y - b.y;
    if (a.page !== b.page || a.size !== b.size || drop < 0.8 * a.size || drop > 3 * a.size)
      continue;
    const bySize = counts.get(a.size) ?? new Map<number, number>();
    const rounded = Math.round(drop * 2) / 2;
    bySize.set(rounded, (bySize.get(rounded) ?? 0) + 1);
    counts.set(a.size, bySize);
  }
  return (size) => {
    const bySize = counts.get(size);
    if (!bySize) return 1.2 * size;
    // The smallest common drop: paragraph spacing makes the others larger.
    let best = 1.2 * size;
    let most = 0;
    for (const [drop, n] of bySize)
      if (n > most || (n === most && drop < best)) {
        best = drop;
        most = n;
      }
    return best;
  };
}

/**
 * Each page's left margin (where most of its lines start) and the right margin (where the longest
 * lines end, over the whole file: a last page of short lines does not make them full).
 */
function pageMargins(lines: readonly Line[]): (page: number) => { left: number; right: number } {
  const ends = lines.map((l) => l.x1).sort((a, b) => a - b);
  // Past the 95th percentile: a line or two running into the margin (a long link) do not count.
  const right = ends[Math.floor(0.95 * (ends.length - 1))] ?? Number.POSITIVE_INFINITY;
  const starts = new Map<number, Map<number, number>>();
  for (const l of lines) {
    const page = starts.get(l.page) ?? new Map<number, number>();
    const x = Math.round(l.x0);
    page.set(x, (page.get(x) ?? 0) + 1);
    starts.set(l.page, page);
  }
  const left = new Map<number, number>();
  for (const [page, counts] of starts) {
    const [x] = [...counts].reduce((a, b) =>
      b[1] > a[1] || (b[1] === a[1] && b[0] < a[0]) ? b : a,
    );
    left.set(page, x);
  }
  return (page) => ({ left: left.get(page) ?? 0, right });
}
