import type { Engine } from "../../engine/index.ts";
import { everAncestors } from "../../engine/index.ts";
import type { DefinitionAuditEntry } from "../../store/index.ts";
import { type DefinitionAdministrator, requireDefinitionManager } from "../definitions/index.ts";

/** The changes made to one unit from the administration screens, newest first. */
export async function unitAudit(
  engine: Engine,
  admin: DefinitionAdministrator,
  code: string,
): Promise<DefinitionAuditEntry[]> {
  requireDefinitionManager(
    admin,
    code,
    (unit) => everAncestors(engine, unit),
    engine.units.nameOf(code),
  );
  return engine.store.repos.definitionAudit.list({ kind: "unit", code });
}
