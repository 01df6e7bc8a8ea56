import { type Grant, permits } from "../core/access/index.ts";
import { BaocaoError } from "../core/errors.ts";
import { parseFormula, referencedUnits } from "../core/formula/index.ts";
import { type Engine, everAncestors } from "../engine/index.ts";
import { allRuns } from "./all-runs.ts";
import type { FigureSlot } from "./template/inline.ts";
import type { Template } from "./template/parse-template.ts";

/** Whether the person composing may read a unit's figures (the server asks the user's grants). */
export type MayRead = (unit: string) => boolean;

/**
 * Refuses a template whose figures name, with `at(x, UNIT)`, a unit the reader may not read:
 * `auth.forbidden` naming the unit and the template line, before anything is computed. The
 * report's own unit and its subtree are checked by the caller; figures that do not parse are left
 * to the composer, which marks them. Derived indicators of the catalogue may read other units by
 * the administrator's design (docs/auth.md); only what the template's author wrote is checked here.
 */
export function assertUnitsReadable(
  template: Template,
  mayRead: MayRead,
  unitName: (unit: string) => string | undefined = () => undefined,
): void {
  const slots = allRuns(template.blocks, template.footnotes.values()).filter(
    (r): r is FigureSlot => r.kind === "slot" && !r.source.startsWith("$"),
  );
  for (const slot of slots) {
    let units: readonly string[];
    try {
      units = referencedUnits(parseFormula(slot.source));
    } catch {
      continue;
    }
    const denied = units.find((unit) => !mayRead(unit));
    if (denied === undefined) continue;
    const name = unitName(denied);
    throw new BaocaoError(
      "auth.forbidden",
      `Dòng ${slot.line} của mẫu báo cáo đọc số liệu của ${name ? `${name} (${denied})` : `đơn vị ${denied}`}, đơn vị mà tài khoản không có quyền xem.`,
      { unit: denied, line: slot.line, source: slot.source },
    );
  }
}

/**
 * `assertUnitsReadable` for an account's grants, with the server's rule of who reads what
 * (`data.read` over the unit's whole history, as the HTTP guards check it).
 */
export function assertReadableBy(
  engine: Pick<Engine, "units">,
  template: Template,
  grants: readonly Grant[],
): void {
  const ancestorsOf = (unit: string) => everAncestors(engine, unit);
  assertUnitsReadable(
    template,
    (unit) => permits(grants, "data.read", unit, ancestorsOf),
    (unit) => engine.units.nameOf(unit),
  );
}
