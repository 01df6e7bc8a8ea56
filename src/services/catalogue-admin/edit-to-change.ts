import type { DefinitionChange, DefinitionEdit } from "../definitions/index.ts";
import type { CatalogueEdit } from "./catalogue-edit.ts";

/**
 * Turns one edit of the catalogue screen into a change of definitions: the import bundle that
 * makes it (so it is checked against the merged catalogue exactly as a file import is) and the
 * definition it touches with the version the administrator saw.
 */
export function editToChange(edit: CatalogueEdit): DefinitionChange {
  switch (edit.kind) {
    case "indicator":
      return saved("indicator", edit.indicator, edit.expected, {
        catalogue: { indicators: [edit.indicator] },
      });
    case "measure_unit":
      return saved("measure_unit", edit.unit, edit.expected, {
        catalogue: { indicators: [], extraUnits: [edit.unit] },
      });
    case "category_set":
      return saved("category_set", edit.set, edit.expected, {
        catalogue: { indicators: [], categorySets: [edit.set] },
      });
    case "rule":
      return saved("rule", edit.rule, edit.expected, { rules: [edit.rule] });
    case "remove_rule":
      return {
        edits: [
          {
            kind: "rule",
            code: edit.code,
            action: "remove",
            expected: edit.expected,
            current: current.rule(edit.code),
            after: null,
          },
        ],
        bundle: {},
        extra: (repos) => repos.rules.remove(edit.code),
      };
    case "regime":
      return saved("regime", edit.regime, edit.expected, { regimes: [edit.regime] });
  }
}

type Kind = "indicator" | "measure_unit" | "category_set" | "rule" | "regime";

/** Where each kind of definition is read as stored now, inside the change's transaction. */
const current: Record<Kind, (code: string) => DefinitionEdit["current"]> = {
  indicator: (code) => (repos) => repos.catalogue.entry("indicator", code),
  measure_unit: (code) => (repos) => repos.catalogue.entry("measure_unit", code),
  category_set: (code) => (repos) => repos.catalogue.entry("category_set", code),
  rule: (code) => (repos) => repos.rules.get(code),
  regime: (code) => (repos) => repos.regimes.get(code),
};

/**
 * A definition saved from the screen: created when it was not seen before (`expected` null),
 * updated otherwise, made by `bundle`.
 */
function saved(
  kind: Kind,
  definition: { readonly code: string },
  expected: string | null,
  bundle: DefinitionChange["bundle"],
): DefinitionChange {
  const { code } = definition;
  const action = expected === null ? "create" : "update";
  return {
    edits: [{ kind, code, action, expected, current: current[kind](code), after: definition }],
    bundle,
  };
}
