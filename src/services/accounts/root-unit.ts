import type { UnitKind } from "../../core/units/index.ts";
import { Engine } from "../../engine/index.ts";
import type { Store } from "../../store/index.ts";
import { changeUnits } from "../units-admin/index.ts";

/** The root unit `baocao init` creates on a database that has none yet (the locality itself). */
export interface RootUnit {
  readonly nameVi: string;
  /** The English name; the Vietnamese one when absent (as the units screen does). */
  readonly nameEn?: string;
  readonly kind: UnitKind;
  /** The first day the unit exists (`YYYY-MM-DD`). */
  readonly from: string;
}

/**
 * Adds a root unit through the units screen's own path (`changeUnits`, act `add`, parent null):
 * the same checks of the whole history, the same definitions audit. `by` is whom the audit names;
 * the grant it is given is the one the first administrator is about to receive, since a new root
 * can only be added by someone who administers its code.
 */
export async function addRootUnit(
  store: Store,
  code: string,
  root: RootUnit,
  by: string,
  at: string,
): Promise<void> {
  const engine = await Engine.open(store);
  const nameVi = root.nameVi.trim();
  await changeUnits(
    engine,
    { username: by, grants: [{ role: "admin", unit: code }] },
    {
      act: "add",
      date: root.from,
      comment: "baocao init: đơn vị gốc của cơ sở dữ liệu mới",
      versions: { [code]: null },
      unit: {
        code,
        nameVi,
        nameEn: root.nameEn?.trim() || nameVi,
        kind: root.kind,
        parent: null,
      },
    },
    { at },
  );
}
