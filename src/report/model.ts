/**
 * The report as a document: metadata of the administrative document, blocks of text with live
 * figures, and footnotes. Templates parse into it; DOCX, HTML and Markdown render from it.
 */

/** The administrative document's header and signature (Decree 30/2020, Appendix I). */
export interface ReportMeta {
  /** Parent body, e.g. "UBND TỈNH SÓC TRĂNG". */
  readonly parentBody?: string;
  /** Issuing body, e.g. "ỦY BAN NHÂN DÂN THỊ XÃ NGÃ NĂM". */
  readonly issuingBody: string;
  /** Document number, e.g. "…/BC-UBND" or "215/BC-UBND". */
  readonly number: string;
  readonly place: string;
  /** Issue date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Document kind, e.g. "BÁO CÁO". */
  readonly title: string;
  /** Subject line (trích yếu). */
  readonly subject: string;
  /** e.g. "TM. ỦY BAN NHÂN DÂN". */
  readonly signingAuthority: string;
  /** e.g. "CHỦ TỊCH". */
  readonly signerTitle: string;
  readonly signerName: string;
  /** Recipients (Nơi nhận), one per line, e.g. "- Như trên;". */
  readonly recipients: readonly string[];
  /**
   * The day of the month the office counts its figures to ("đến ngày 30/8"), for
   * `{{ $cutoff_day }}`; the month's last day when absent or past it.
   */
  readonly cutoffDay?: number;
}

/** Plain text, possibly bold or italic. */
export interface TextRun {
  readonly kind: "text";
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** A live figure: the expression, how it is written, and what it resolved to. */
export interface FigureRun {
  readonly kind: "figure";
  readonly source: string;
  readonly format: string;
  /** The figure as written in the text ("96.549"), or a marker when it does not resolve. */
  readonly text: string;
  readonly value: number | boolean | null;
  readonly status: "estimate" | "official" | null;
  readonly references: readonly { readonly text: string; readonly value: number | null }[];
  /** Why the figure has no value: a formula error, or no data. */
  readonly problem?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Where the figure is in the template (1-based line), for the checks panel. */
  readonly line: number;
  /**
   * Set when forms of the month not approved yet change the figure: `included` when it counts
   * their values (all entered figures), `left_out` when it does not (approved figures only).
   */
  readonly unapproved?: "included" | "left_out";
}

/** A reference to a footnote, numbered in order of first use. */
export interface FootnoteRun {
  readonly kind: "footnote";
  readonly id: string;
  readonly number: number;
}

/** A piece of a line. */
export type Run = TextRun | FigureRun | FootnoteRun;

/** A block of the report. */
export type Block =
  | {
      readonly kind: "heading";
      readonly level: 1 | 2;
      readonly runs: readonly Run[];
      readonly owner?: string;
    }
  | { readonly kind: "paragraph"; readonly runs: readonly Run[]; readonly marker?: "-" | "+" }
  | { readonly kind: "table"; readonly rows: readonly (readonly (readonly Run[])[])[] };

/** A footnote's text. */
export interface Footnote {
  readonly id: string;
  readonly number: number;
  readonly runs: readonly Run[];
}

/** A composed report, ready to render. */
export interface ReportDocument {
  readonly meta: ReportMeta;
  readonly unit: string;
  readonly period: string;
  readonly blocks: readonly Block[];
  readonly footnotes: readonly Footnote[];
}
