import type { Kysely, Selectable } from "kysely";
import type { OrgUnit, UnitEvent, UnitKind } from "../../core/units/index.ts";
import type { Database, OrgUnitTable } from "../schema.ts";

/** Reads and writes org units and their restructuring events. */
export class OrgUnitRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts or updates units by code; parents must come before their children. */
  async upsert(units: readonly OrgUnit[]): Promise<void> {
    for (const unit of units) {
      const row = toRow(unit);
      await this.db
        .insertInto("org_units")
        .values(row)
        .onConflict((oc) => oc.column("code").doUpdateSet({ ...row, code: undefined }))
        .execute();
    }
  }

  /** One unit by code, or undefined. */
  async get(code: string): Promise<OrgUnit | undefined> {
    const row = await this.db
      .selectFrom("org_units")
      .selectAll()
      .where("code", "=", code)
      .executeTakeFirst();
    return row && fromRow(row);
  }

  /** All units, ordered by code. */
  async list(): Promise<OrgUnit[]> {
    const rows = await this.db.selectFrom("org_units").selectAll().orderBy("code").execute();
    return rows.map(fromRow);
  }

  /** Inserts or replaces restructuring events by id. */
  async upsertEvents(events: readonly UnitEvent[]): Promise<void> {
    for (const event of events) {
      const row = {
        id: event.id,
        date: event.date,
        kind: event.kind,
        definition: JSON.stringify(event),
      };
      await this.db
        .insertInto("unit_events")
        .values(row)
        .onConflict((oc) =>
          oc
            .column("id")
            .doUpdateSet({ date: row.date, kind: row.kind, definition: row.definition }),
        )
        .execute();
    }
  }

  /** All events, in date order. */
  async listEvents(): Promise<UnitEvent[]> {
    const rows = await this.db
      .selectFrom("unit_events")
      .select("definition")
      .orderBy("date")
      .orderBy("id")
      .execute();
    return rows.map((r) => JSON.parse(r.definition) as UnitEvent);
  }
}

function toRow(u: OrgUnit): OrgUnitTable {
  return {
    code: u.code,
    name_vi: u.nameVi,
    name_en: u.nameEn,
    kind: u.kind,
    parent_code: u.parent,
    valid_from: u.validFrom,
    valid_to: u.validTo,
  };
}

function fromRow(r: Selectable<OrgUnitTable>): OrgUnit {
  return {
    code: r.code,
    nameVi: r.name_vi,
    nameEn: r.name_en,
    kind: r.kind as UnitKind,
    parent: r.parent_code,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  };
}
