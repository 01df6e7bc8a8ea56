import { parseFormula, referencedTargetKinds } from "../core/formula/index.ts";
import { allRuns } from "./all-runs.ts";
import { parseTemplate } from "./template/parse-template.ts";

const KIND_WORD = /\{\{\s*\$kind_([a-z0-9_]+)\s*\}\}/g;

/**
 * The target kinds a template names: in its figures (`target(x, kind)`, `pct_of(x, kind)`) and
 * in `{{ $kind_<code> }}` words, front matter included. A template or figure that does not parse
 * names nothing here (the report's own checks say what is wrong with it).
 */
export function templateTargetKinds(text: string): ReadonlySet<string> {
  const kinds = new Set<string>();
  for (const match of text.matchAll(KIND_WORD)) kinds.add(match[1] as string);
  let template: ReturnType<typeof parseTemplate>;
  try {
    template = parseTemplate(text);
  } catch {
    return kinds;
  }
  for (const run of allRuns(template.blocks, template.footnotes.values())) {
    if (run.kind !== "slot" || run.source.startsWith("$")) continue;
    try {
      for (const kind of referencedTargetKinds(parseFormula(run.source))) kinds.add(kind);
    } catch {
      // Not a formula: an unresolved figure, not a use of a kind.
    }
  }
  return kinds;
}
