import type { DefinitionChange, DefinitionEdit } from "../definitions/index.ts";
import type { CatalogueEdit } from "./catalogue-edit.ts";

/** The audit's word for a change: a new definition is created, a seen one updated. */
function action(expected: string | null): string {
  return expected === null ? "create" : "update";
}

/**
 * Turns one edit of the catalogue screen into a change of definitions: the import bundle that
 * makes it (so it is checked against the merged catalogue exactly as a file import is) and the
 * definition it touches with the version the administrator saw.
 */
export function editToChange(edit: CatalogueEdit): DefinitionChange {
  switch (edit.kind) {
    case "indicator": {
      const code = edit.indicator.code;
      return single(
        {
          kind: "indicator",
          code,
          action: action(edit.expected),
          expected: edit.expected,
          current: (repos) => repos.catalogue.entry("indicator", code),
          after: edit.indicator,
        },
        { catalogue: { indicators: [edit.indicator] } },
      );
    }
    case "measure_unit": {
      const code = edit.unit.code;
      return single(
        {
          kind: "measure_unit",
          code,
          action: action(edit.expected),
          expected: edit.expected,
          current: (repos) => repos.catalogue.entry("measure_unit", code),
          after: edit.unit,
        },
        { catalogue: { indicators: [], extraUnits: [edit.unit] } },
      );
    }
    case "category_set": {
      const code = edit.set.code;
      return single(
        {
          kind: "category_set",
          code,
          action: action(edit.expected),
          expected: edit.expected,
          current: (repos) => repos.catalogue.entry("category_set", code),
          after: edit.set,
        },
        { catalogue: { indicators: [], categorySets: [edit.set] } },
      );
    }
    case "rule": {
      const code = edit.rule.code;
      return single(
        {
          kind: "rule",
          code,
          action: action(edit.expected),
          expected: edit.expected,
          current: (repos) => repos.rules.get(code),
          after: edit.rule,
        },
        { rules: [edit.rule] },
      );
    }
    case "remove_rule": {
      const code = edit.code;
      return {
        ...single(
          {
            kind: "rule",
            code,
            action: "remove",
            expected: edit.expected,
            current: (repos) => repos.rules.get(code),
            after: null,
          },
          {},
        ),
        extra: (repos) => repos.rules.remove(code),
      };
    }
    case "regime": {
      const code = edit.regime.code;
      return single(
        {
          kind: "regime",
          code,
          action: action(edit.expected),
          expected: edit.expected,
          current: (repos) => repos.regimes.get(code),
          after: edit.regime,
        },
        { regimes: [edit.regime] },
      );
    }
  }
}

function single(edit: DefinitionEdit, bundle: DefinitionChange["bundle"]): DefinitionChange {
  return { edits: [edit], bundle };
}
