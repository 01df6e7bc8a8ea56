import { BaocaoError } from "../core/errors.ts";
import {
  type InputOf,
  RECORD_REGISTERS,
  type RecordBundle,
  type RecordOf,
  type RecordRegisterName,
} from "../core/registers/index.ts";
import type { ActorAtAnyTime } from "../core/values/index.ts";
import type { Engine } from "../engine/index.ts";

/**
 * Deletes one register row through the register write path, so a delete is checked, audited and
 * recomputes the figures the row stood for in the same transaction as any other write: the
 * version the writer last read must still be the stored one (`register.conflict` otherwise, also
 * when someone deleted the row first), a project keeps its rows (`register.in_use`, naming them),
 * and a row that never existed is `register.unknown_row` (404).
 * Example: `removeRow(engine, "disbursements", { projectCode, period, fundSource }, 2, writer)`.
 */
export async function removeRow<N extends RecordRegisterName>(
  engine: Engine,
  register: N,
  keyFields: Partial<RecordOf<N>>,
  expectedVersion: number,
  writer: ActorAtAnyTime,
): Promise<void> {
  const { keyOf, label } = RECORD_REGISTERS[register];
  // The key functions read only the key fields, which are all given.
  const key = keyOf(keyFields as RecordOf<N>);
  const stored = (await engine.registers.stored())[register] as readonly RecordOf<N>[];
  // A row deleted by someone else has a history: the write refuses the stale version (409).
  if (
    !stored.some((r) => keyOf(r) === key) &&
    (await engine.registers.history(register, key)).length === 0
  )
    throw new BaocaoError(
      "register.unknown_row",
      `Không có dòng ${label} ${key.split("|").join(" / ")}.`,
      { register, key },
    );
  const row = { ...keyFields, delete: true, expectedVersion } as InputOf<N>;
  const bundle: RecordBundle = { [register]: [row] };
  await engine.registers.write(bundle, writer);
}
