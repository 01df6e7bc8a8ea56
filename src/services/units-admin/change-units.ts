import { BaocaoError, isBaocaoError } from "../../core/errors.ts";
import { buildUnitHistory, type OrgUnit, type UnitHistory } from "../../core/units/index.ts";
import { type Engine, everAncestors } from "../../engine/index.ts";
import type { DefinitionAuditEntry, Repositories } from "../../store/index.ts";
import {
  changeDefinitions,
  type DefinitionAdministrator,
  type DefinitionEdit,
  requireDefinitionManager,
} from "../definitions/index.ts";
import type { UnitAct } from "./acts.ts";
import { fieldOf } from "./field-of.ts";
import { type ActPlan, planAct } from "./plan-act.ts";
import { preparePreview, type UnitsPreview } from "./preview.ts";
import { storedUnitDefinition, unitDefinition } from "./unit-definition.ts";

/** What an act did, or would do (`dryRun`, with its preview). */
export interface UnitActResult {
  readonly saved: boolean;
  /** The ids of the events written (or to be written). */
  readonly events: readonly string[];
  readonly audit: readonly DefinitionAuditEntry[];
  readonly preview?: UnitsPreview;
}

/**
 * Records an administrative act on the units (add, rename, move, merge, split, dissolve) as a
 * change of definitions: permission `definition.manage` over every unit concerned, the versions the
 * administrator saw, the core's checks of the whole history, the audit — all in one transaction.
 * With `dryRun` nothing is written and the answer carries the preview of how history is remapped.
 */
export async function changeUnits(
  engine: Engine,
  admin: DefinitionAdministrator,
  act: UnitAct,
  options: { dryRun?: boolean; at?: string } = {},
): Promise<UnitActResult> {
  await engine.refresh();
  const history = engine.units;
  try {
    const plan = planAct(history, act);
    authorize(engine, admin, history, plan, act);
    requireNewCodes(history, act);
    const after = mergedHistory(history, plan);
    const preview = options.dryRun ? await preparePreview(engine, act, after) : undefined;
    let shown: UnitsPreview | undefined;
    const result = await changeDefinitions(
      engine,
      admin,
      {
        edits: plan.touched.map(({ code, action }) => edit(act, after, code, action)),
        bundle: { units: plan.units, events: plan.events },
        ...(act.comment?.trim() ? { comment: act.comment.trim() } : {}),
        ...(preview
          ? {
              extra: async (repos: Repositories) => {
                shown = await preview.finish(repos);
              },
            }
          : {}),
      },
      options,
    );
    return {
      saved: !options.dryRun,
      events: plan.events.map((e) => e.id),
      audit: result.audit,
      ...(shown ? { preview: shown } : {}),
    };
  } catch (error) {
    throw withField(error, act);
  }
}

/** Refuses unless the administrator manages every existing unit the act concerns. */
function authorize(
  engine: Engine,
  admin: DefinitionAdministrator,
  history: UnitHistory,
  plan: ActPlan,
  act: UnitAct,
): void {
  for (const code of new Set(plan.guarded)) {
    // A new unit's code is not in the history yet; its parent is checked instead (plan.guarded).
    const isNew = plan.units.some((u) => u.code === code && u.validFrom === act.date);
    if (!isNew && !history.units.some((u) => u.code === code)) {
      throw new BaocaoError("units.unknown_unit", `Không có đơn vị nào mang mã "${code}".`, {
        unit: code,
      });
    }
    requireDefinitionManager(
      admin,
      code,
      (unit) => everAncestors(engine, unit),
      history.nameOf(code),
    );
  }
}

/**
 * Refuses a new unit under a code already used: the import merges units by code, so it would
 * take the new unit for an edit of the old one (a code is never reused, even after a unit ends).
 */
function requireNewCodes(history: UnitHistory, act: UnitAct): void {
  const created =
    act.act === "add" ? [act.unit] : act.act === "merge" || act.act === "split" ? act.newUnits : [];
  for (const unit of created ?? []) {
    const old = history.units.find((u) => u.code === unit.code);
    if (!old) continue;
    const message = `Mã đơn vị "${unit.code}" đã được dùng cho ${old.nameVi}; mã đơn vị không được dùng lại, hãy đặt mã mới.`;
    throw new BaocaoError("units.duplicate_code", message, { unit: unit.code, field: "code" });
  }
}

/** The history with the act applied: what the import will check and save. */
function mergedHistory(history: UnitHistory, plan: ActPlan): UnitHistory {
  const replaced = new Set(plan.units.map((u) => u.code));
  const units: OrgUnit[] = [...history.units.filter((u) => !replaced.has(u.code)), ...plan.units];
  return buildUnitHistory(units, [...history.events, ...plan.events]);
}

function edit(act: UnitAct, after: UnitHistory, code: string, action: string): DefinitionEdit {
  return {
    kind: "unit",
    code,
    action,
    expected: act.versions[code] ?? null,
    current: (repos) => storedUnitDefinition(repos, code),
    after: unitDefinition(after.units, after.events, code),
  };
}

/** The core's refusal with the form's field it is about (`details.field`), for the screen. */
function withField(error: unknown, act: UnitAct): unknown {
  if (!isBaocaoError(error) || !error.code.startsWith("units.")) return error;
  const field = fieldOf(error, act);
  if (field === undefined) return error;
  return new BaocaoError(error.code, error.message, { ...error.details, field });
}
