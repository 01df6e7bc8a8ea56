/**
 * A cell as it goes into the spreadsheet: a number stays a number, so Excel can sum it, and a day
 * stays a day, so Excel can sort and filter by it.
 */
export type SheetCell = string | number | Date | null | undefined;

/** A day ("2023-08-14", or the day of an ISO timestamp) as a spreadsheet day; null when absent. */
export function sheetDay(value: string | null | undefined): Date | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : null;
}

/** One column of a table as downloaded: its heading and how a row gives its cell. */
export interface SheetColumn<Row> {
  readonly title: string;
  readonly value: (row: Row) => SheetCell;
  /**
   * Digits after the decimal comma of a number column, or of each row's figure (Excel shows them
   * the user's way: "1.234,5" on a Vietnamese Windows).
   */
  readonly decimals?: number | ((row: Row) => number);
  /** Width in characters; the heading's length when left out. */
  readonly width?: number;
  /** Summed in a last row (an Excel SUM, so it follows the user's corrections). */
  readonly sum?: boolean;
}

/** One sheet: a title line (what, which unit, which month) above a table. */
export interface SheetSpec<Row> {
  /** The sheet's tab name; cut to Excel's 31 characters. */
  readonly name: string;
  readonly title: string;
  readonly columns: readonly SheetColumn<Row>[];
  readonly rows: readonly Row[];
  /** The first cell of the sum row ("Tổng cộng"), when a column is summed. */
  readonly totalLabel?: string;
}

/** A workbook of one or more tables, and the file name it downloads under (without .xlsx). */
export interface WorkbookSpec {
  readonly fileName: string;
  // biome-ignore lint/suspicious/noExplicitAny: each sheet has its own row type
  readonly sheets: readonly SheetSpec<any>[];
}
