import {
  type CheckedOf,
  type CheckedRow,
  type ParentLink,
  PROGRESS_REGISTER,
  type ProblemList,
  type ProgressDraft,
  RECORD_REGISTER_NAMES,
  RECORD_REGISTERS,
  type RecordRegisterName,
  type RegisterName,
} from "../../core/registers/index.ts";
import type { UnitHistory } from "../../core/units/index.ts";
import type { StoredRecords, StoredRegisters } from "./stored-registers.ts";

/** The checked rows of the versioned registers, by register. */
export type CheckedRecords = { readonly [N in RecordRegisterName]: CheckedRow<CheckedOf<N>>[] };

/** The checked rows of a register bundle, by register. */
export type CheckedBundle = CheckedRecords & {
  readonly taskProgress: { readonly index: number; readonly note: ProgressDraft }[];
};

/** Codes that exist once the bundle is applied: stored ones, plus written, minus deleted. */
function codesAfter<N extends RecordRegisterName>(
  register: N,
  bundle: CheckedRecords,
  stored: StoredRecords,
): Set<string> {
  const codes = new Set(stored[register].map(RECORD_REGISTERS[register].keyOf));
  for (const row of bundle[register]) {
    if (row.record === undefined) codes.delete(row.key);
    else codes.add(row.key);
  }
  return codes;
}

/**
 * Checks what a row refers to, as its register's definition says: units that exist, parent
 * records that exist (stored or in the same bundle: projects, tasks), and that no parent is
 * deleted while rows still belong to it.
 */
export function crossCheck(
  bundle: CheckedBundle,
  stored: StoredRegisters,
  history: UnitHistory,
  problems: ProblemList,
): void {
  const units = new Set(history.units.map((u) => u.code));
  const checkUnits = <N extends RecordRegisterName>(register: N) => {
    const { unitsOf } = RECORD_REGISTERS[register];
    if (!unitsOf) return;
    for (const { index, record } of bundle[register]) {
      if (!record) continue;
      for (const [field, code] of unitsOf(record))
        if (code !== null && code !== "" && !units.has(code))
          problems.add(
            register,
            index,
            field,
            "register.unknown_unit",
            `Không có đơn vị mã "${code}".`,
          );
    }
  };
  for (const register of RECORD_REGISTER_NAMES) checkUnits(register);

  const existing = new Map<RecordRegisterName, Set<string>>();
  const codesOf = (register: RecordRegisterName): Set<string> => {
    const codes = existing.get(register) ?? codesAfter(register, bundle, stored);
    existing.set(register, codes);
    return codes;
  };
  const reference = <R>(register: RegisterName, index: number, row: R, parent: ParentLink<R>) => {
    const code = parent.codeOf(row);
    if (code !== "" && !codesOf(parent.register).has(code))
      problems.add(register, index, parent.field, parent.unknownCode, parent.unknown(code));
  };
  const checkParents = <N extends RecordRegisterName>(register: N) => {
    const { parent } = RECORD_REGISTERS[register];
    if (!parent) return;
    for (const { index, record } of bundle[register])
      if (record) reference(register, index, record, parent);
  };
  for (const register of RECORD_REGISTER_NAMES) checkParents(register);
  for (const { index, note } of bundle.taskProgress)
    reference(PROGRESS_REGISTER.register, index, note, PROGRESS_REGISTER.parent);

  for (const register of RECORD_REGISTER_NAMES) checkDeletes(register, bundle, stored, problems);
}

/**
 * A record others belong to may be deleted only when no row of theirs stays (a project only
 * without its plans, commitments, disbursements and clearance rows).
 */
function checkDeletes(
  register: RecordRegisterName,
  bundle: CheckedRecords,
  stored: StoredRecords,
  problems: ProblemList,
) {
  const { inUse: refusal, keyField } = RECORD_REGISTERS[register];
  const deleted = bundle[register].filter((r) => r.record === undefined);
  if (!refusal || deleted.length === 0) return;
  // What stays of each parent, by child register: the refusal names it.
  const remaining = new Map<string, Map<string, number>>();
  const stays = (code: string, label: string) => {
    const counts = remaining.get(code) ?? new Map<string, number>();
    counts.set(label, (counts.get(label) ?? 0) + 1);
    remaining.set(code, counts);
  };
  const keep = <N extends RecordRegisterName>(child: N) => {
    const { parent, keyOf, label } = RECORD_REGISTERS[child];
    if (parent?.register !== register) return;
    const rows = bundle[child];
    const gone = new Set(rows.filter((r) => r.record === undefined).map((r) => r.key));
    for (const r of stored[child]) if (!gone.has(keyOf(r))) stays(parent.codeOf(r), label);
    for (const r of rows) if (r.record) stays(parent.codeOf(r.record), label);
  };
  for (const child of RECORD_REGISTER_NAMES) keep(child);
  for (const row of deleted) {
    const counts = remaining.get(row.key);
    if (!counts) continue;
    const named = [...counts].map(([label, n]) => `${n} dòng ${label}`).join(", ");
    problems.add(register, row.index, keyField, "register.in_use", refusal(row.key, named));
  }
}
