import { z } from "zod";
// The leaf module, not core/time's index: the web app bundles the contract.
import { formatPeriodId, tryParsePeriod } from "../../core/periods/period-id.ts";
import { isIsoDate } from "../../core/time/iso-date.ts";

/** The one error shape of the API; `message` is for the user (Vietnamese). */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.output<typeof ErrorBody>;

/** A month id, `2023-08`. */
export const MonthId = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Kỳ phải là một tháng dạng 2023-08");

/**
 * A reporting period of any kind, written the canonical way: `2023-08`, `2023-Q3`, `2023-H1`,
 * `2023-7M` … `2023-11M` or `2023` (reports of a quarter, half year, n months from January or
 * year). `2023-6M` is refused: its canonical id is `2023-H1` (likewise 1M, 3M, 12M).
 */
export const PeriodId = z.string().refine((id) => {
  const period = tryParsePeriod(id);
  return period !== undefined && formatPeriodId(period) === id;
}, "Kỳ phải có dạng 2023-08 (tháng), 2023-Q3 (quý), 2023-H1 (6 tháng), 2023-7M, 2023-9M, 2023-11M (7, 9, 11 tháng đầu năm) hoặc 2023 (năm)");

/** A real calendar day, `2023-09-30` (the core's one date rule: 2023-02-30 is refused). */
export const IsoDate = z
  .string()
  .refine(isIsoDate, "Ngày phải là một ngày có thật, dạng 2023-09-30");

/** A unit code such as `NGA_NAM`. */
export const UnitCode = z.string().min(1).max(64);

/** The unit and month most screens are about. */
export const UnitMonth = z.object({ unit: UnitCode, period: MonthId });

/** Where a figure came from: roll-ups of reported values, or a formula over other figures. */
export const Provenance = z.object({
  source: z.enum(["stored", "formula"]),
  months: z.array(z.string()),
  values: z.number(),
  formula: z.string().optional(),
  references: z.array(z.object({ text: z.string(), value: z.number().nullable() })).optional(),
});

/** A computed figure: the value, whether any part is an estimate, and its provenance. */
export const Figure = z.object({
  value: z.number().nullable(),
  status: z.enum(["estimate", "official"]).nullable(),
  provenance: Provenance,
});
export type Figure = z.output<typeof Figure>;

/**
 * The register row version a form was opened at (`expectedVersion`, 0 for a new row), sent back
 * with its save: a row changed by someone else since is refused (409).
 */
export const Versioned = z.object({ expectedVersion: z.number().int() });

/** A definition's version as shown (`definitionVersion`), sent back as `expected` with an edit. */
export const DefinitionVersion = z.string().min(1).max(64);

/** `{ ok: true }` for routes that only act. */
export const Ok = z.object({ ok: z.literal(true) });

/** One change of a definition, as the administrators' audit keeps it (before and after as stored). */
export const DefinitionAuditView = z.object({
  kind: z.string(),
  code: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  comment: z.string().nullable(),
  at: z.string(),
  by: z.string(),
});
export type DefinitionAuditView = z.output<typeof DefinitionAuditView>;
