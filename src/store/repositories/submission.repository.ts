import type { Kysely, Selectable } from "kysely";
import type { SubmissionState } from "../../core/submissions/index.ts";
import type { Database, SubmissionEventTable, SubmissionTable } from "../schema.ts";

/** Which form: a unit's figures for a reporting regime and a period. */
export interface SubmissionKey {
  readonly unitCode: string;
  readonly regimeCode: string;
  readonly period: string;
}

/** A stored submission (a form someone acted on). */
export interface SubmissionRecord extends SubmissionKey {
  readonly state: SubmissionState;
  readonly version: number;
  /** An admin reopened it: the lock by date no longer holds. */
  readonly reopened: boolean;
  readonly submittedAt: string | null;
  readonly submittedBy: string | null;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** A warning found at submit time and what the reporter wrote about it. */
export interface WarningExplanation {
  readonly rule: string;
  readonly message: string;
  readonly explanation: string;
}

/** One change of state, as audited. */
export interface SubmissionEvent extends SubmissionKey {
  readonly version: number;
  readonly transition: string;
  readonly fromState: SubmissionState;
  readonly toState: SubmissionState;
  readonly comment: string;
  readonly explanations: readonly WarningExplanation[];
  readonly at: string;
  readonly by: string;
}

/** Which submissions to list; every field narrows, an empty list matches nothing. */
export interface SubmissionFilter {
  readonly unitCodes?: readonly string[];
  readonly regimeCodes?: readonly string[];
  readonly periods?: readonly string[];
}

/** Reads and writes submissions and their audit; writes are version-checked. */
export class SubmissionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** One submission, or undefined when nobody acted on the form yet. */
  async get(key: SubmissionKey): Promise<SubmissionRecord | undefined> {
    const row = await this.db
      .selectFrom("submissions")
      .selectAll()
      .where("unit_code", "=", key.unitCode)
      .where("regime_code", "=", key.regimeCode)
      .where("period", "=", key.period)
      .executeTakeFirst();
    return row ? fromRow(row) : undefined;
  }

  /** Submissions matching the filter, by period, unit and regime. */
  async list(filter: SubmissionFilter = {}): Promise<SubmissionRecord[]> {
    if (filter.unitCodes?.length === 0 || filter.periods?.length === 0) return [];
    if (filter.regimeCodes?.length === 0) return [];
    let query = this.db.selectFrom("submissions").selectAll();
    if (filter.unitCodes) query = query.where("unit_code", "in", [...filter.unitCodes]);
    if (filter.regimeCodes) query = query.where("regime_code", "in", [...filter.regimeCodes]);
    if (filter.periods) query = query.where("period", "in", [...filter.periods]);
    const rows = await query
      .orderBy("period")
      .orderBy("unit_code")
      .orderBy("regime_code")
      .execute();
    return rows.map(fromRow);
  }

  /**
   * Stores `record` if the submission is still at `expectedVersion` (0: no row yet); false when
   * someone else changed it first — the check and the write are one statement.
   */
  async put(record: SubmissionRecord, expectedVersion: number): Promise<boolean> {
    const row = toRow(record);
    if (expectedVersion === 0) {
      const result = await this.db
        .insertInto("submissions")
        .values(row)
        .onConflict((oc) => oc.columns(["unit_code", "regime_code", "period"]).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
    }
    const { unit_code, regime_code, period, ...changes } = row;
    const result = await this.db
      .updateTable("submissions")
      .set(changes)
      .where("unit_code", "=", unit_code)
      .where("regime_code", "=", regime_code)
      .where("period", "=", period)
      .where("version", "=", expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Appends one audited change. */
  async addEvent(event: SubmissionEvent): Promise<void> {
    await this.db
      .insertInto("submission_events")
      .values({
        unit_code: event.unitCode,
        regime_code: event.regimeCode,
        period: event.period,
        version: event.version,
        transition: event.transition,
        from_state: event.fromState,
        to_state: event.toState,
        comment: event.comment,
        explanations: JSON.stringify(event.explanations),
        at: event.at,
        by: event.by,
      })
      .execute();
  }

  /** Every change of one submission, oldest first. */
  async events(key: SubmissionKey): Promise<SubmissionEvent[]> {
    const rows = await this.db
      .selectFrom("submission_events")
      .selectAll()
      .where("unit_code", "=", key.unitCode)
      .where("regime_code", "=", key.regimeCode)
      .where("period", "=", key.period)
      .orderBy("version")
      .execute();
    return rows.map(eventFromRow);
  }

  /** The latest change of each listed submission (for the comment a returned form shows). */
  async latestEvents(filter: SubmissionFilter): Promise<SubmissionEvent[]> {
    if (filter.unitCodes?.length === 0 || filter.periods?.length === 0) return [];
    let query = this.db
      .selectFrom("submission_events as e")
      .innerJoin("submissions as s", (join) =>
        join
          .onRef("s.unit_code", "=", "e.unit_code")
          .onRef("s.regime_code", "=", "e.regime_code")
          .onRef("s.period", "=", "e.period")
          .onRef("s.version", "=", "e.version"),
      )
      .selectAll("e");
    if (filter.unitCodes) query = query.where("e.unit_code", "in", [...filter.unitCodes]);
    if (filter.periods) query = query.where("e.period", "in", [...filter.periods]);
    return (await query.execute()).map(eventFromRow);
  }
}

function toRow(r: SubmissionRecord): SubmissionTable {
  return {
    unit_code: r.unitCode,
    regime_code: r.regimeCode,
    period: r.period,
    state: r.state,
    version: r.version,
    reopened: r.reopened ? 1 : 0,
    submitted_at: r.submittedAt,
    submitted_by: r.submittedBy,
    updated_at: r.updatedAt,
    updated_by: r.updatedBy,
  };
}

function fromRow(r: Selectable<SubmissionTable>): SubmissionRecord {
  return {
    unitCode: r.unit_code,
    regimeCode: r.regime_code,
    period: r.period,
    state: r.state as SubmissionState,
    version: Number(r.version),
    reopened: Number(r.reopened) === 1,
    submittedAt: r.submitted_at,
    submittedBy: r.submitted_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

function eventFromRow(r: Selectable<SubmissionEventTable>): SubmissionEvent {
  return {
    unitCode: r.unit_code,
    regimeCode: r.regime_code,
    period: r.period,
    version: Number(r.version),
    transition: r.transition,
    fromState: r.from_state as SubmissionState,
    toState: r.to_state as SubmissionState,
    comment: r.comment,
    explanations: JSON.parse(r.explanations) as WarningExplanation[],
    at: r.at,
    by: r.by,
  };
}
