import { BaocaoError } from "../../core/errors.ts";
import {
  type CheckedRow,
  type RecordRegisterName,
  registerLabel,
} from "../../core/registers/index.ts";
import type { Actor } from "../../core/values/index.ts";
import type {
  RecordRepository,
  RegisterAuditEntry,
  RegisterAuditRepository,
  Versioned,
} from "../../store/index.ts";

/** How many records of a register a write created, updated, deleted or left as they were. */
export interface RecordCounts {
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly unchanged: number;
}

/** One register as the writer sees it: its repository, key and how a key reads in messages. */
export interface RecordSpec<T> {
  readonly register: RecordRegisterName;
  readonly repository: RecordRepository<T>;
  readonly keyOf: (record: T) => string;
}

/**
 * Writes checked rows of one register like data values are written: each row's version (0 when
 * it is not stored) is compared with `expectedVersion` when given (a stale row is refused with the newer record in
 * the error), a row equal to what is stored changes nothing, and every change gets an audit row
 * with the old and new content. Returns the records as they are after the write.
 */
export async function writeRecords<T extends object>(
  spec: RecordSpec<T>,
  rows: readonly CheckedRow<T>[],
  stored: readonly Versioned<T>[],
  audit: RegisterAuditRepository,
  context: Actor,
): Promise<{ counts: RecordCounts; records: Versioned<T>[] }> {
  const current = new Map(stored.map((r) => [spec.keyOf(r), r]));
  const versions = rows.length > 0 ? await audit.latestVersions(spec.register) : new Map();
  const upserts: Versioned<T>[] = [];
  const deletes: T[] = [];
  const entries: RegisterAuditEntry[] = [];
  const counts = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
  for (const row of rows) {
    const old = current.get(row.key);
    const version = old?.version ?? versions.get(row.key) ?? 0;
    // A row not stored now is expected at 0 ("must not exist yet") even when it was deleted
    // before: writing it again after a delete is a create, numbered on from its history.
    const expected = old === undefined ? 0 : version;
    if (row.expectedVersion !== undefined && row.expectedVersion !== expected)
      throw conflict(spec.register, row, version, old);
    if (
      row.record === undefined
        ? old === undefined
        : old !== undefined && sameFields(row.record, old)
    ) {
      counts.unchanged += 1;
      continue;
    }
    const action = old === undefined ? "create" : row.record === undefined ? "delete" : "update";
    if (row.record === undefined) {
      deletes.push(old as T);
      current.delete(row.key);
    } else {
      const next = {
        ...row.record,
        version: version + 1,
        updatedAt: context.at,
        updatedBy: context.by,
      } as Versioned<T>;
      upserts.push(next);
      current.set(row.key, next);
    }
    entries.push({
      register: spec.register,
      key: row.key,
      version: version + 1,
      action,
      oldData: old ? withoutMeta(old) : null,
      newData: row.record ?? null,
      at: context.at,
      by: context.by,
      via: context.via,
      note: "",
    });
    counts[action === "create" ? "created" : action === "delete" ? "deleted" : "updated"] += 1;
  }
  await spec.repository.delete(deletes);
  await spec.repository.upsert(upserts);
  await audit.append(entries);
  return { counts, records: [...current.values()] };
}

/** True when every field of `next` equals the stored record's (version fields aside). */
function sameFields(next: object, stored: object): boolean {
  const s = stored as Record<string, unknown>;
  return Object.entries(next).every(([k, v]) => JSON.stringify(v) === JSON.stringify(s[k]));
}

/** A record without its version fields, for the audit trail. */
export function withoutMeta<T>(record: Versioned<T>): T {
  const { version: _v, updatedAt: _a, updatedBy: _b, ...rest } = record;
  return rest as T;
}

function conflict<T>(
  register: RecordRegisterName,
  row: CheckedRow<T>,
  actual: number,
  current: Versioned<T> | undefined,
): BaocaoError {
  const shown = current
    ? `bản hiện tại là phiên bản ${actual} (${current.updatedBy}, ${current.updatedAt})`
    : "bản ghi đã bị xoá";
  return new BaocaoError(
    "register.conflict",
    `Bản ghi ${row.key.split("|").join(" / ")} của ${registerLabel(register)} vừa được người khác cập nhật: ${shown}. Hãy tải lại rồi sửa.`,
    {
      register,
      index: row.index,
      key: row.key,
      expectedVersion: row.expectedVersion,
      currentVersion: actual,
      current: current ?? null,
    },
  );
}
