import { type AncestorsOf, forbidden, type Grant, permits } from "../../core/access/index.ts";
import { BaocaoError } from "../../core/errors.ts";
import type { Engine, ImportBundle, ImportSummary } from "../../engine/index.ts";
import type { DefinitionAuditEntry, Repositories } from "../../store/index.ts";
import { definitionVersion } from "./definition-version.ts";

/** Who changes definitions: a signed-in account with its grants. */
export interface DefinitionAdministrator {
  readonly username: string;
  readonly grants: readonly Grant[];
}

/** One definition a change touches, with what the administrator saw of it. */
export interface DefinitionEdit {
  /** `unit`, `unit_event`, `indicator`, `rule`, `regime`, `target_kind`, `target`… */
  readonly kind: string;
  readonly code: string;
  /** `create`, `update`, `remove`, `rename`, `move`, `merge`… (the audit's word). */
  readonly action: string;
  /** The version the administrator saw (`definitionVersion`), null for a new definition. */
  readonly expected: string | null;
  /** Reads the definition as stored now, inside the change's transaction. */
  readonly current: (repos: Repositories) => Promise<unknown>;
  /** The definition after the change (null when removed), for the audit. */
  readonly after: unknown;
}

/** A change of definitions: what it touches, and the import bundle that makes it. */
export interface DefinitionChange {
  readonly edits: readonly DefinitionEdit[];
  readonly bundle: ImportBundle;
  /** Work a bundle cannot express (removing a target), run after it in the same transaction. */
  readonly extra?: (repos: Repositories) => Promise<void>;
  /** Why (asked for where history is touched: a merge, a dissolution). */
  readonly comment?: string;
}

/** What a change did, or would do with `dryRun`. */
export interface DefinitionChangeResult {
  readonly summary: ImportSummary;
  readonly audit: readonly DefinitionAuditEntry[];
}

/**
 * Applies a change of definitions through the engine's import (so every definition is checked
 * against the merged whole exactly as a file import is), in one transaction that first takes the
 * administrators' lock and compares each edited definition with the version the administrator
 * saw, and ends by appending the audit. With `dryRun` it is all checked, then rolled back: the
 * preview a screen shows before "Lưu".
 */
export async function changeDefinitions(
  engine: Engine,
  admin: DefinitionAdministrator,
  change: DefinitionChange,
  options: { dryRun?: boolean; at?: string } = {},
): Promise<DefinitionChangeResult> {
  const at = options.at ?? new Date().toISOString();
  const audit: DefinitionAuditEntry[] = [];
  await engine.refresh();
  const summary = await engine.import(
    change.bundle,
    { by: admin.username, via: "form", at },
    {
      dryRun: options.dryRun,
      hooks: {
        before: async (repos) => {
          await repos.definitionAudit.lock();
          for (const edit of change.edits) {
            const before = await edit.current(repos);
            const version = definitionVersion(before);
            if (version !== edit.expected) throw conflict(edit, version);
            audit.push({
              kind: edit.kind,
              code: edit.code,
              action: edit.action,
              before: before ?? null,
              after: edit.after,
              comment: change.comment ?? null,
              at,
              by: admin.username,
            });
          }
        },
        after: async (repos) => {
          await change.extra?.(repos);
          await repos.definitionAudit.append(audit);
        },
      },
    },
  );
  return { summary, audit };
}

/** Refuses unless the account may manage definitions at `unit` (an admin over it). */
export function requireDefinitionManager(
  admin: DefinitionAdministrator,
  unit: string,
  ancestorsOf: AncestorsOf,
  unitName?: string,
): void {
  if (!permits(admin.grants, "definition.manage", unit, ancestorsOf))
    throw forbidden(admin.username, "definition.manage", unit, unitName);
}

function conflict(edit: DefinitionEdit, version: string | null): BaocaoError {
  const what = `${edit.kind} "${edit.code}"`;
  const message =
    edit.expected === null
      ? `Đã có ${what}: có người vừa tạo. Hãy tải lại rồi sửa tiếp.`
      : version === null
        ? `${what} vừa bị người khác xóa. Hãy tải lại.`
        : `${what} vừa được người khác sửa. Hãy tải lại để xem bản mới rồi sửa tiếp.`;
  return new BaocaoError("definition.conflict", message, {
    kind: edit.kind,
    code: edit.code,
    expected: edit.expected,
    current: version,
  });
}
