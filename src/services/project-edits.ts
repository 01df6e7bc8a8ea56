import type {
  CapitalPlanInput,
  DisbursementInput,
  ProjectInput,
  SiteClearanceInput,
} from "../core/registers/index.ts";
import type { ActorAtAnyTime } from "../core/values/index.ts";
import type { Engine } from "../engine/index.ts";

/** A project as the web form writes it; the core check reads every field (`check-project.ts`). */
export interface ProjectFields {
  readonly nameVi: string;
  readonly managingLevel: string;
  readonly programme: string;
  readonly ownerUnit: string | null;
  readonly ownerName: string;
  readonly reportingUnit: string;
  readonly locationUnits: readonly string[];
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly status: string;
  readonly note: string;
}

/** A capital plan line of a project: one year, one fund source. */
export interface CapitalPlanFields {
  readonly year: number;
  readonly fundSource: string;
  readonly programme: string;
  readonly amount: number;
  readonly note: string;
}

/** A disbursement of a project: one month, one fund source, not cumulative. */
export interface DisbursementFields {
  readonly period: string;
  readonly fundSource: string;
  readonly date: string | null;
  readonly amount: number;
  readonly status: string;
  readonly note: string;
}

/** Site clearance of a project as of a month: households (counts) and compensation (đồng). */
export interface ClearanceFields {
  readonly period: string;
  readonly date: string | null;
  readonly householdsTotal: number;
  readonly householdsPaid: number;
  readonly householdsHandedOver: number | null;
  readonly amountTotal: number | null;
  readonly amountPaid: number | null;
  readonly note: string;
}

/**
 * Creates (`expectedVersion` 0) or changes a project through the register write path: core
 * checks, unknown units refused, version check, audit, figures recomputed in the same transaction.
 */
export async function saveProject(
  engine: Engine,
  code: string,
  fields: ProjectFields,
  expectedVersion: number,
  writer: ActorAtAnyTime,
): Promise<number> {
  const row = {
    ...fields,
    code,
    locationUnits: [...new Set(fields.locationUnits)],
    expectedVersion,
  } as ProjectInput;
  await engine.registers.write({ projects: [row] }, writer);
  return versionOf(await engine.registers.stored(), "projects", (p) => p.code === code);
}

/** Writes a capital plan line of a project, version-checked (0: a new year and source). */
export async function saveCapitalPlan(
  engine: Engine,
  projectCode: string,
  fields: CapitalPlanFields,
  expectedVersion: number,
  writer: ActorAtAnyTime,
): Promise<number> {
  const row: CapitalPlanInput = { ...fields, projectCode, expectedVersion };
  await engine.registers.write({ capitalPlans: [row] }, writer);
  return versionOf(
    await engine.registers.stored(),
    "capitalPlans",
    (c) =>
      c.projectCode === projectCode && c.year === fields.year && c.fundSource === fields.fundSource,
  );
}

/** Writes a disbursement of a project, version-checked (0: a new month and source). */
export async function saveDisbursement(
  engine: Engine,
  projectCode: string,
  fields: DisbursementFields,
  expectedVersion: number,
  writer: ActorAtAnyTime,
): Promise<number> {
  const row = { ...fields, projectCode, expectedVersion } as DisbursementInput;
  await engine.registers.write({ disbursements: [row] }, writer);
  return versionOf(
    await engine.registers.stored(),
    "disbursements",
    (d) =>
      d.projectCode === projectCode &&
      d.period === fields.period &&
      d.fundSource === fields.fundSource,
  );
}

/** Writes a project's site clearance as of a month, version-checked (0: a new month). */
export async function saveClearance(
  engine: Engine,
  projectCode: string,
  fields: ClearanceFields,
  expectedVersion: number,
  writer: ActorAtAnyTime,
): Promise<number> {
  const row: SiteClearanceInput = { ...fields, projectCode, expectedVersion };
  await engine.registers.write({ siteClearance: [row] }, writer);
  return versionOf(
    await engine.registers.stored(),
    "siteClearance",
    (c) => c.projectCode === projectCode && c.period === fields.period,
  );
}

type Stored = Awaited<ReturnType<Engine["registers"]["stored"]>>;

function versionOf<K extends "projects" | "capitalPlans" | "disbursements" | "siteClearance">(
  stored: Stored,
  register: K,
  match: (row: Stored[K][number]) => boolean,
): number {
  const rows = stored[register] as readonly Stored[K][number][];
  return rows.find(match)?.version ?? 0;
}
