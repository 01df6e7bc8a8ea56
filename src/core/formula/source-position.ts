import type { Span } from "./ast.ts";
import { span } from "./nodes.ts";

/** Line and column (both 1-based; the column counts characters, not UTF-16 units). */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/**
 * Maps offsets of one source text to lines and columns. Built once per parse: report templates
 * can be long, and every token asks for its position.
 */
export interface SourceMap {
  readonly text: string;
  locate(offset: number): LineColumn;
  spanOf(start: number, end: number): Span;
  /** The source line holding `offset`, and a caret under the offset (two lines). */
  excerpt(offset: number): string;
}

// `\r\n` counts as one line break, a lone `\r` as one too (text pasted from old Word files).
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

// Offsets of the second halves of surrogate pairs: each is a UTF-16 unit that is no character
// of its own, so a column is the offset within the line less the pairs' second halves before it.
function pairTails(text: string): number[] {
  const tails: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 0xdc00 && ch <= 0xdfff) {
      const before = text.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) tails.push(i);
    }
  }
  return tails;
}

/** How many of the sorted numbers are below `limit` (binary search). */
function countBelow(sorted: readonly number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds the offset → line/column map of a source text. Every lookup is a binary search, so a
 * parse stays linear however long its lines are (a hostile one-line template is 200 KB).
 */
export function sourceMap(text: string): SourceMap {
  const starts = lineStarts(text);
  const tails = pairTails(text);
  const lineIndex = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const locate = (offset: number): LineColumn => {
    const index = lineIndex(offset);
    const lineStart = starts[index] ?? 0;
    const pairs = countBelow(tails, offset) - countBelow(tails, lineStart + 1);
    return { line: index + 1, column: offset - lineStart - pairs + 1 };
  };
  return {
    text,
    locate,
    spanOf(start, end) {
      const { line, column } = locate(start);
      return span(start, end, line, column);
    },
    excerpt(offset) {
      const index = lineIndex(offset);
      const lineStart = starts[index] ?? 0;
      const next = starts[index + 1];
      const lineText = text.slice(lineStart, next ?? text.length).replace(/\r?\n$|\r$/, "");
      const caretColumn = locate(offset).column;
      return `${lineText}\n${" ".repeat(caretColumn - 1)}^`;
    },
  };
}
