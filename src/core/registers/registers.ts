import { capitalPlanRules, commitmentRules, disbursementRules } from "./check-capital.ts";
import { clearanceRules } from "./check-clearance.ts";
import { projectRules } from "./check-project.ts";
import { checkProgress, taskRules } from "./check-task.ts";
import {
  capitalPlanKey,
  clearanceKey,
  commitmentKey,
  disbursementKey,
  progressKey,
} from "./keys.ts";
import type {
  LogDefinition,
  ParentLink,
  RecordRegisterName,
  RegisterDefinition,
  RegisterName,
} from "./register-definition.ts";

/** A row that belongs to a project through its `projectCode`. */
const OF_PROJECT: ParentLink<{ readonly projectCode: string }> = {
  register: "projects",
  field: "projectCode",
  codeOf: (row) => row.projectCode,
  unknownCode: "register.unknown_project",
  unknown: (code) => `Không có dự án mã "${code}" trong danh mục dự án.`,
};

/**
 * The versioned registers, in the order they are documented, listed and exported. A new register
 * is one entry here (with its types in `RecordTypes`), a repository and a migration in the store,
 * and a file format in `formats/registers`; the compiler asks for each.
 */
export const RECORD_REGISTERS: { readonly [N in RecordRegisterName]: RegisterDefinition<N> } = {
  projects: {
    register: "projects",
    ...projectRules,
    label: "danh mục dự án",
    keyOf: (p) => p.code,
    inUse: (key, remaining) =>
      `Không xoá được dự án "${key}": dự án còn ${remaining}; hãy xoá các dòng đó trước (hoặc cùng lần nhập).`,
    unitsOf: (p) => [
      ["ownerUnit", p.ownerUnit],
      ["reportingUnit", p.reportingUnit],
      ...p.locationUnits.map((code) => ["locationUnits", code] as const),
    ],
    feedsFigures: true,
  },
  capitalPlans: {
    register: "capitalPlans",
    ...capitalPlanRules,
    label: "kế hoạch vốn",
    keyOf: capitalPlanKey,
    parent: OF_PROJECT,
    feedsFigures: true,
  },
  commitments: {
    register: "commitments",
    ...commitmentRules,
    label: "cam kết giải ngân",
    keyOf: commitmentKey,
    parent: OF_PROJECT,
    feedsFigures: true,
  },
  disbursements: {
    register: "disbursements",
    ...disbursementRules,
    label: "giải ngân",
    keyOf: disbursementKey,
    parent: OF_PROJECT,
    feedsFigures: true,
  },
  siteClearance: {
    register: "siteClearance",
    ...clearanceRules,
    label: "giải phóng mặt bằng",
    keyOf: clearanceKey,
    parent: OF_PROJECT,
    feedsFigures: true,
  },
  tasks: {
    register: "tasks",
    ...taskRules,
    label: "nhiệm vụ",
    keyOf: (t) => t.id,
    unitsOf: (t) => [
      ["leadUnit", t.leadUnit],
      ...t.partnerUnits.map((code) => ["partnerUnits", code] as const),
    ],
    // A task's status changes no figure, so a task write recomputes none.
    feedsFigures: false,
  },
};

/** Progress notes on tasks: added, never changed, each numbered after its task's last. */
export const PROGRESS_REGISTER: LogDefinition = {
  register: "taskProgress",
  label: "tiến độ nhiệm vụ",
  check: checkProgress,
  keyOf: progressKey,
  parent: {
    register: "tasks",
    field: "taskId",
    codeOf: (note) => note.taskId,
    unknownCode: "register.unknown_task",
    unknown: (code) => `Không có nhiệm vụ mã "${code}".`,
  },
};

/** Every versioned register's definition, in order. */
export const RECORD_REGISTER_LIST = Object.values(RECORD_REGISTERS);

/** The versioned registers by name, in order. */
export const RECORD_REGISTER_NAMES: readonly RecordRegisterName[] = RECORD_REGISTER_LIST.map(
  (d) => d.register,
);

/** Every register, in the order problems and files are listed. */
export const REGISTER_NAMES: readonly RegisterName[] = [
  ...RECORD_REGISTER_NAMES,
  PROGRESS_REGISTER.register,
];

/** The Vietnamese name of a register, for messages. */
export function registerLabel(register: RegisterName): string {
  return register === PROGRESS_REGISTER.register
    ? PROGRESS_REGISTER.label
    : RECORD_REGISTERS[register].label;
}

/**
 * Builds an object with one entry per versioned register, e.g. every register's stored records.
 * `make` is written generic in the register, so it reads that register's definition, rows and
 * repository with their own types; but TypeScript checks reads of `T[N]`, not writes, so it
 * cannot tie what `make` returns to its key: this is the one place that trusts it.
 */
export function perRecordRegister<T extends { readonly [N in RecordRegisterName]: unknown }>(
  make: <N extends RecordRegisterName>(register: N) => unknown,
): T {
  return Object.fromEntries(RECORD_REGISTER_NAMES.map((name) => [name, make(name)])) as T;
}

/** The same with an asynchronous `make`, one register after the other in `order` (a transaction). */
export async function perRecordRegisterInTurn<
  T extends { readonly [N in RecordRegisterName]: unknown },
>(
  make: <N extends RecordRegisterName>(register: N) => Promise<unknown>,
  order: readonly RecordRegisterName[] = RECORD_REGISTER_NAMES,
): Promise<T> {
  const entries: [RecordRegisterName, unknown][] = [];
  for (const name of order) entries.push([name, await make(name)]);
  return Object.fromEntries(entries) as T;
}
