/**
 * The tables as Kysely sees them. Dates are ISO strings (`YYYY-MM-DD`), timestamps ISO instants,
 * booleans integers 0/1 — the one representation both SQLite and PostgreSQL store alike.
 */
export interface OrgUnitTable {
  code: string;
  name_vi: string;
  name_en: string;
  kind: string;
  parent_code: string | null;
  valid_from: string;
  valid_to: string | null;
}

export interface IndicatorTable {
  code: string;
  name_vi: string;
  name_en: string;
  sector: string;
  measure_unit: string;
  value_type: string;
  time_aggregation: string;
  unit_aggregation: string;
  decimals: number;
  formula: string | null;
}

export interface DataValueTable {
  indicator_code: string;
  unit_code: string;
  period: string;
  /** Canonical disaggregation key, e.g. `level=primary`; empty for the total. */
  disaggregation: string;
  value: number | null;
  text_value: string | null;
  status: string;
  note: string;
  source: string;
  version: number;
  updated_at: string;
  updated_by: string;
}

export interface TargetTable {
  indicator_code: string;
  unit_code: string;
  year: number;
  kind: string;
  disaggregation: string;
  value: number;
}

export interface Database {
  org_units: OrgUnitTable;
  indicators: IndicatorTable;
  data_values: DataValueTable;
  targets: TargetTable;
}
