/** One line of a form: a value key of the unit and month, what is stored, and the reference figures. */
export interface FormLine {
  readonly sectorVi: string;
  readonly indicator: string;
  readonly nameVi: string;
  /** The disaggregation key (`rice_season=he_thu`), "" for the total. */
  readonly disaggregation: string;
  /** "Tổng số" or the options' names. */
  readonly labelVi: string;
  readonly unitVi: string;
  readonly valueType: string;
  readonly decimals: number;
  readonly min?: number;
  readonly max?: number;
  /** The stored value (a number, or the text of a text indicator), null when none. */
  readonly value: number | string | null;
  readonly status: "estimate" | "official" | null;
  readonly note: string;
  /** The version the form was made from (0: nothing stored). */
  readonly version: number;
  readonly previous: number | null;
  readonly samePeriodLastYear: number | null;
}

/** One sheet: a unit's form for a month, or for the quarter (half, year…) ending in it. */
export interface FormSheet {
  readonly unit: { readonly code: string; readonly nameVi: string };
  /**
   * Month id `2023-08`; or `2023-Q3`, `2023-H1`, `2023-9M`, `2023` for a longer form's figures,
   * kept in that period's last month.
   */
  readonly period: string;
  /** The form (reporting regime) code and name, when the unit reports under one. */
  readonly form: { readonly code: string; readonly nameVi: string };
  /** Due date `YYYY-MM-DD`, when known. */
  readonly dueDate?: string;
  readonly lines: readonly FormLine[];
}

/** The columns of a form sheet, by letter: what users see and fill, then the hidden keys. */
export const FORM_COLUMNS = {
  number: "A",
  name: "B",
  unit: "C",
  previous: "D",
  lastYear: "E",
  value: "F",
  status: "G",
  note: "H",
  key: "I",
  version: "J",
  original: "K",
} as const;

/** The row of the table header; lines start below it. */
export const HEADER_ROW = 7;

/** The hidden sheet holding what the workbook was made from. */
export const META_SHEET = "_baocao";

/** How the status column writes each status. */
export const STATUS_LABELS = { estimate: "Ước", official: "Chính thức" } as const;

/** The sheet name of the `i`-th form (0-based): "Biểu 01", "Biểu 02"… */
export function sheetName(i: number): string {
  return `Biểu ${String(i + 1).padStart(2, "0")}`;
}
