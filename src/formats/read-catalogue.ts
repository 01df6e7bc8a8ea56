import { z } from "zod";
import { type Catalogue, defineCatalogue } from "../core/catalogue/index.ts";
import { isBaocaoError } from "../core/errors.ts";
import {
  defineTargetKinds,
  defineTargets,
  type Target,
  type TargetKindInfo,
} from "../core/targets/index.ts";
import { validateUnitHistory } from "../core/units/index.ts";
import { catalogueSymbols, defineRule } from "../core/validation/index.ts";
import type { ImportBundle } from "../engine/index.ts";
import { type CatalogueFile, catalogueFileSchema } from "./catalogue-schema.ts";
import { type FileProblem, fileProblemsError } from "./located-error.ts";
import { parseYamlSource, splitPath, type YamlSource } from "./yaml-source.ts";

z.config(z.locales.vi());

type Path = (string | number)[];

/**
 * Reads a catalogue file (YAML or JSON): checks its structure, then what the core can check
 * from the file alone (units and events, indicators, targets, rules), and reports every
 * problem with its line and column. Returns the parts as an import bundle.
 */
export function readCatalogueFile(text: string, file: string): ImportBundle {
  const source = parseYamlSource(text, file);
  if ("problems" in source) throw fileProblemsError(source.problems);
  const parsed = catalogueFileSchema.safeParse(source.data ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      locate(source, file, issue.path as Path, "import.invalid_structure", issue.message),
    );
    throw fileProblemsError(problems);
  }
  const content = parsed.data;
  const problems: FileProblem[] = [...unitProblems(content, source, file)];
  const collect = <T>(work: () => T, fallback: Path): T | undefined => {
    try {
      return work();
    } catch (error) {
      if (!isBaocaoError(error)) throw error;
      const listed = (error.details.problems ?? []) as {
        path?: string;
        code?: string;
        message: string;
      }[];
      const list = listed.length > 0 ? listed : [{ code: error.code, message: error.message }];
      for (const p of list) {
        const path = "path" in p && p.path ? splitPath(p.path) : fallback;
        problems.push(locate(source, file, path, p.code ?? error.code, p.message));
      }
      return undefined;
    }
  };

  const catalogue: Catalogue | undefined = content.indicators
    ? collect(() => defineCatalogue(catalogueInputOf(content)), ["indicators"])
    : undefined;
  const targetKinds: readonly TargetKindInfo[] | undefined = content.targetKinds
    ? collect(() => defineTargetKinds(content.targetKinds ?? []), ["targetKinds"])
    : undefined;
  // Kinds are checked by the engine against the stored list merged with the file's: a file
  // may use a kind defined earlier, which this reader cannot see.
  const targets: readonly Target[] | undefined = content.targets
    ? collect(() => defineTargets(content.targets ?? [], catalogue, "unchecked"), ["targets"])
    : undefined;
  if (catalogue) {
    const symbols = { ...catalogueSymbols(catalogue), isTargetKind: () => true };
    for (const [i, rule] of (content.rules ?? []).entries())
      collect(() => defineRule(rule, symbols), ["rules", i]);
  }
  if (problems.length > 0) throw fileProblemsError(problems);

  return {
    ...(content.units ? { units: content.units } : {}),
    ...(content.events ? { events: content.events } : {}),
    ...(content.indicators ? { catalogue: catalogueInputOf(content) } : {}),
    ...(targetKinds ? { targetKinds } : {}),
    ...(targets ? { targets } : {}),
    ...(content.rules ? { rules: content.rules } : {}),
    ...(content.regimes ? { regimes: content.regimes } : {}),
  };
}

function catalogueInputOf(content: CatalogueFile) {
  return {
    indicators: content.indicators ?? [],
    subGroups: content.subGroups ?? [],
    categorySets: content.categorySets ?? [],
    extraUnits: content.extraUnits ?? [],
  };
}

function locate(
  source: YamlSource,
  file: string,
  path: Path,
  code: string,
  message: string,
): FileProblem {
  const { line, column } = source.locate(path);
  return { file, line, column, field: pathText(path), code, message };
}

function pathText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

/** Problems of the units and events, located at the unit or event they name. */
function unitProblems(content: CatalogueFile, source: YamlSource, file: string): FileProblem[] {
  if (!content.units && !content.events) return [];
  const units = content.units ?? [];
  const events = content.events ?? [];
  return validateUnitHistory(units, events).map((error) => {
    const d = error.details as { unit?: string; event?: string; position?: number };
    const eventIndex = d.event === undefined ? -1 : events.findIndex((e) => e.id === d.event);
    const unitIndex = d.position ?? units.findIndex((u) => u.code === d.unit);
    const path: Path =
      eventIndex >= 0 ? ["events", eventIndex] : unitIndex >= 0 ? ["units", unitIndex] : ["units"];
    return locate(source, file, path, error.code, error.message);
  });
}
