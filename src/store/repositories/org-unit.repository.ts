import type { Kysely, Selectable } from "kysely";
import type { Database, OrgUnitTable } from "../schema.ts";

/** An org unit as stored: stable code, names, kind, parent and validity interval. */
export interface OrgUnitRecord {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly kind: string;
  readonly parentCode: string | null;
  readonly validFrom: string;
  /** Exclusive end date; null while the unit still exists. */
  readonly validTo: string | null;
}

/** Reads and writes org units. */
export class OrgUnitRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts or updates units by code; parents must come before their children. */
  async upsert(units: readonly OrgUnitRecord[]): Promise<void> {
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
  async get(code: string): Promise<OrgUnitRecord | undefined> {
    const row = await this.db
      .selectFrom("org_units")
      .selectAll()
      .where("code", "=", code)
      .executeTakeFirst();
    return row && fromRow(row);
  }

  /** All units, ordered by code. */
  async list(): Promise<OrgUnitRecord[]> {
    const rows = await this.db.selectFrom("org_units").selectAll().orderBy("code").execute();
    return rows.map(fromRow);
  }
}

function toRow(u: OrgUnitRecord): OrgUnitTable {
  return {
    code: u.code,
    name_vi: u.nameVi,
    name_en: u.nameEn,
    kind: u.kind,
    parent_code: u.parentCode,
    valid_from: u.validFrom,
    valid_to: u.validTo,
  };
}

function fromRow(r: Selectable<OrgUnitTable>): OrgUnitRecord {
  return {
    code: r.code,
    nameVi: r.name_vi,
    nameEn: r.name_en,
    kind: r.kind,
    parentCode: r.parent_code,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  };
}
