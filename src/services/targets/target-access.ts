import { type AncestorsOf, forbidden, permits } from "../../core/access/index.ts";
import type { Engine } from "../../engine/index.ts";
import type { DefinitionAdministrator } from "../definitions/index.ts";
import { requireDefinitionManager } from "../definitions/index.ts";

/** Who may read and change the targets of a unit; the target kinds are shared by every unit. */
export class TargetAccess {
  constructor(
    private readonly engine: Engine,
    private readonly ancestorsOf: AncestorsOf,
  ) {}

  /** Refuses unless the account may read the unit's figures (`data.read`). */
  read(user: DefinitionAdministrator, unit: string): void {
    if (!permits(user.grants, "data.read", unit, this.ancestorsOf))
      throw forbidden(user.username, "data.read", unit, this.engine.units.nameOf(unit));
  }

  /** Whether the account may change the unit's targets (an administrator over it). */
  canManage(user: DefinitionAdministrator, unit: string): boolean {
    return permits(user.grants, "definition.manage", unit, this.ancestorsOf);
  }

  /** Refuses unless the account administers the unit (`definition.manage`). */
  manage(user: DefinitionAdministrator, unit: string): void {
    requireDefinitionManager(user, unit, this.ancestorsOf, this.engine.units.nameOf(unit));
  }

  /**
   * Refuses unless the account administers some unit: a kind is shared by every unit of the
   * database, as the catalogue is, and administrators are the ones who set up the catalogue.
   */
  manageKinds(user: DefinitionAdministrator): void {
    const admin = user.grants.find((g) => this.canManage(user, g.unit));
    if (!admin) {
      const unit = user.grants[0]?.unit ?? this.engine.units.units[0]?.code ?? "";
      this.manage(user, unit);
    }
  }
}
