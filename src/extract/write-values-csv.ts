import { stringify } from "yaml";
import { VALUE_COLUMNS } from "../formats/read-values-csv.ts";
import type { RecoveredTarget, RecoveredValue } from "./assemble-values.ts";

/** A number as the values file writes it: decimal comma, no grouping (the file says `#numbers=vi`). */
const cell = (value: number) => String(value).replace(".", ",");

const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * Writes recovered values as the values CSV that `baocao import` reads (same columns as
 * formats/read-values-csv.ts, status official, the source in the note); the first line declares
 * Vietnamese numbers so that "5,219" is read as 5.219.
 */
export function writeValuesCsv(values: readonly RecoveredValue[]): string {
  const rows = values.map((v) => {
    const record: Record<(typeof VALUE_COLUMNS)[number], string> = {
      unit: v.unit,
      indicator: v.indicator,
      period: v.period,
      disaggregation: v.disaggregation,
      value: cell(v.value),
      status: "official",
      note: v.note,
    };
    return VALUE_COLUMNS.map((c) => quote(record[c])).join(",");
  });
  return `${["#numbers=vi", VALUE_COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}

/**
 * Writes recovered targets as a catalogue file holding only targets (docs/formats): a target of
 * one option cannot be written there and is left out, counted in `skipped`.
 */
export function writeTargetsYaml(targets: readonly RecoveredTarget[]): {
  text: string;
  skipped: number;
} {
  const whole = targets.filter((t) => t.disaggregation === "");
  const text = stringify({
    targets: whole.map((t) => ({
      indicator: t.indicator,
      reportingUnit: t.unit,
      year: t.year,
      kind: t.kind,
      value: t.value,
      source: t.note,
    })),
  });
  return { text, skipped: targets.length - whole.length };
}
