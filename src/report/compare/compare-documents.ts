import { diffArrays } from "diff";
import { allRuns } from "../all-runs.ts";
import type { Block, FigureRun, ReportDocument, Run } from "../model.ts";

/** One line of the text, kept, added in the later version or taken out of the earlier one. */
export interface TextChange {
  readonly kind: "same" | "added" | "removed";
  readonly text: string;
}

/** A figure whose text differs between the versions, or that only one of them has. */
export interface FigureChange {
  /** The figure's expression in the template, e.g. `ytd(rice_output)`. */
  readonly source: string;
  /** Where it stands in the later version's template (the earlier one's when it was taken out). */
  readonly line: number;
  readonly before: string | null;
  readonly after: string | null;
}

/** Two versions of a report side by side: their text line by line, and the figures that changed. */
export interface DocumentComparison {
  readonly text: readonly TextChange[];
  readonly figures: readonly FigureChange[];
}

/**
 * Compares two composed versions of a report. The text is compared line by line (a paragraph,
 * heading or table row is a line, figures as they are written), so a reworded sentence shows as one
 * line out and one in; figures are matched by their expression and its occurrence, so a figure
 * whose value moved is listed even where the sentence around it did not change.
 */
export function compareDocuments(
  before: ReportDocument,
  after: ReportDocument,
): DocumentComparison {
  const text = diffArrays(linesOf(before), linesOf(after)).flatMap((part) =>
    part.value.map(
      (line): TextChange => ({
        kind: part.added ? "added" : part.removed ? "removed" : "same",
        text: line,
      }),
    ),
  );
  return { text, figures: figureChanges(figuresOf(before), figuresOf(after)) };
}

/** The document as lines of text: the subject, then each block (a table row is one line). */
function linesOf(document: ReportDocument): string[] {
  const lines = [document.meta.subject];
  for (const block of document.blocks) lines.push(...blockLines(block));
  for (const note of document.footnotes) lines.push(`[${note.number}] ${runsText(note.runs)}`);
  return lines.filter((line) => line.trim() !== "");
}

function blockLines(block: Block): string[] {
  if (block.kind === "table") return block.rows.map((row) => row.map(runsText).join(" | "));
  const marker = block.kind === "paragraph" && block.marker ? `${block.marker} ` : "";
  return [`${marker}${runsText(block.runs)}`];
}

function runsText(runs: readonly Run[]): string {
  return runs.map((run) => (run.kind === "footnote" ? `[${run.number}]` : run.text)).join("");
}

/** The figures by "expression#occurrence", in reading order. */
function figuresOf(document: ReportDocument): Map<string, FigureRun> {
  const seen = new Map<string, number>();
  const out = new Map<string, FigureRun>();
  const runs = allRuns(
    document.blocks,
    document.footnotes.map((note) => note.runs),
  );
  for (const run of runs) {
    if (run.kind !== "figure") continue;
    const n = (seen.get(run.source) ?? 0) + 1;
    seen.set(run.source, n);
    out.set(`${run.source}#${n}`, run);
  }
  return out;
}

function figureChanges(
  before: ReadonlyMap<string, FigureRun>,
  after: ReadonlyMap<string, FigureRun>,
): FigureChange[] {
  const changes: FigureChange[] = [];
  for (const [key, run] of after) {
    const old = before.get(key);
    if (old?.text === run.text) continue;
    changes.push({
      source: run.source,
      line: run.line,
      before: old?.text ?? null,
      after: run.text,
    });
  }
  for (const [key, run] of before)
    if (!after.has(key))
      changes.push({ source: run.source, line: run.line, before: run.text, after: null });
  return changes;
}
