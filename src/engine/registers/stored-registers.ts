import {
  perRecordRegisterInTurn,
  type RecordOf,
  type RecordRegisterName,
  type TaskProgress,
} from "../../core/registers/index.ts";
import type { RecordRepositories, Repositories, Versioned } from "../../store/index.ts";

/** The versioned registers as stored (with versions), by register. */
export type StoredRecords = { readonly [N in RecordRegisterName]: Versioned<RecordOf<N>>[] };

/**
 * Everything the registers hold, as stored: the versioned registers and the progress log. It is
 * the core's `RegisterData` too (what figures and findings are computed from), as it stands.
 */
export type StoredRegisters = StoredRecords & { readonly taskProgress: TaskProgress[] };

/** Reads every register. A town's registers hold hundreds of rows, not millions. */
export async function loadRegisters(repos: Repositories): Promise<StoredRegisters> {
  const records: RecordRepositories = repos.registers;
  const stored = await perRecordRegisterInTurn<StoredRecords>((name) => records[name].list());
  return { ...stored, taskProgress: await repos.taskProgress.list() };
}
