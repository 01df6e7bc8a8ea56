/** A block as templates and documents both shape it: a table of cells, or one line of runs. */
type RunBlock<R> =
  | { readonly kind: "table"; readonly rows: readonly (readonly (readonly R[])[])[] }
  | { readonly kind: "heading" | "paragraph"; readonly runs: readonly R[] };

/**
 * Every run of the blocks and then of the footnotes, in reading order — of a parsed template
 * (to find its figures) or of a composed document (to list them). One walk for both.
 */
export function allRuns<R>(blocks: readonly RunBlock<R>[], footnotes: Iterable<readonly R[]>): R[] {
  const runs = blocks.flatMap((b) => (b.kind === "table" ? b.rows.flat(2) : b.runs));
  for (const note of footnotes) runs.push(...note);
  return runs;
}
