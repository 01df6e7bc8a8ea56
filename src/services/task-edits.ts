import type { SectorCode } from "../core/catalogue/index.ts";
import { BaocaoError } from "../core/errors.ts";
import type { Task } from "../core/registers/index.ts";
import type { ActorAtAnyTime } from "../core/values/index.ts";
import type { Engine } from "../engine/index.ts";

/** The fields of a task the web form sets; the rest (status, place in the report) is kept. */
export interface TaskFields {
  readonly textVi: string;
  readonly sector: string;
  readonly leadUnit: string;
  readonly partnerUnits: readonly string[];
  readonly dueDate: string | null;
  readonly reportPeriod: string | null;
  readonly source: string;
  readonly note: string;
}

/**
 * Who sees a task: whoever may read its lead unit or one of its partner units, so a ward named
 * as partner finds the task in its own list.
 */
export function taskVisible(
  task: Pick<Task, "leadUnit" | "partnerUnits">,
  canRead: (unit: string) => boolean,
): boolean {
  return canRead(task.leadUnit) || task.partnerUnits.some(canRead);
}

/**
 * The id of a task given in the web app: its month and a running number with W (web), the
 * first one free — "2023-09-W01", "2023-09-W02"…
 */
export function nextTaskId(existing: readonly string[], month: string): string {
  const taken = new Set(existing);
  for (let n = 1; ; n++) {
    const id = `${month}-W${String(n).padStart(2, "0")}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * Creates a task through the register write path (core checks, unknown units refused, audit);
 * the id is given here. Returns the new id.
 */
export async function createTask(
  engine: Engine,
  fields: TaskFields,
  writer: ActorAtAnyTime,
): Promise<string> {
  const stored = await engine.registers.stored();
  const month = fields.reportPeriod ?? (writer.at ?? "").slice(0, 7);
  // A deleted task's id is not given again: its history stays its own.
  const used = await engine.registers.keysEverWritten("tasks");
  const id = nextTaskId([...stored.tasks.map((t) => t.id), ...used], month);
  await engine.registers.write(
    { tasks: [{ ...taskRow(fields), id, status: "new", expectedVersion: 0 }] },
    writer,
  );
  return id;
}

/**
 * Changes a task's text, sector, units, due date, origin and note, version-checked
 * (`register.conflict` with the newer task when someone changed it since `expectedVersion`).
 * Its status and its place in the report stay as stored.
 */
export async function editTask(
  engine: Engine,
  id: string,
  fields: TaskFields,
  expectedVersion: number,
  writer: ActorAtAnyTime,
): Promise<void> {
  const before = (await engine.registers.stored()).tasks.find((t) => t.id === id);
  if (!before)
    throw new BaocaoError("register.unknown_task", `Không có nhiệm vụ mã "${id}".`, { id });
  const { version: _v, updatedAt: _a, updatedBy: _b, ...kept } = before;
  await engine.registers.write(
    {
      tasks: [
        {
          ...kept,
          ...taskRow(fields),
          // A due day replaces a due month; clearing the day falls back to the stored month.
          duePeriod: fields.dueDate ? null : before.duePeriod,
          expectedVersion,
        },
      ],
    },
    writer,
  );
}

function taskRow(fields: TaskFields) {
  return {
    textVi: fields.textVi,
    // The core check refuses an unknown sector with its Vietnamese message.
    sector: fields.sector as SectorCode,
    leadUnit: fields.leadUnit,
    partnerUnits: [...new Set(fields.partnerUnits)],
    dueDate: fields.dueDate,
    reportPeriod: fields.reportPeriod,
    source: fields.source,
    note: fields.note,
  };
}
