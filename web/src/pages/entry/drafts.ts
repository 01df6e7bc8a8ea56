import type { EntryCell, EntryForm, EntryIndicator, ValueChange } from "../../api/contract.ts";

/** What the user has typed for a cell (only the fields they touched). */
export interface Draft {
  readonly value?: number | null;
  readonly textValue?: string | null;
  readonly status?: "estimate" | "official";
  readonly note?: string;
  /**
   * The stored version the edit started from. A reload keeps the draft but not this: a value
   * saved by someone else meanwhile is still refused, never overwritten.
   */
  readonly baseVersion?: number;
}

/** The key of a cell in the form: indicator and disaggregation. */
export function cellKey(indicator: string, disaggregation: string): string {
  return `${indicator}|${disaggregation}`;
}

/** The test id of a cell's value input: `value-rice_output-total`. */
export function cellTestId(indicator: string, disaggregation: string): string {
  return `${indicator}-${disaggregation === "" ? "total" : disaggregation}`;
}

/** True when the indicator holds text rather than numbers. */
export function isTextual(indicator: EntryIndicator): boolean {
  return indicator.valueType === "string" || indicator.valueType === "text";
}

/** The cell as it will be saved: stored fields overlaid with the draft. */
export function merged(cell: EntryCell, draft: Draft | undefined) {
  return {
    value: draft && "value" in draft ? (draft.value ?? null) : cell.value,
    textValue: draft && "textValue" in draft ? (draft.textValue ?? null) : cell.textValue,
    status: draft?.status ?? cell.status ?? "official",
    note: draft?.note ?? cell.note,
  };
}

/** True when the draft differs from what is stored. */
export function isChanged(cell: EntryCell, draft: Draft | undefined): boolean {
  if (!draft) return false;
  const m = merged(cell, draft);
  return (
    m.value !== cell.value ||
    (m.textValue ?? "") !== (cell.textValue ?? "") ||
    m.note !== cell.note ||
    (m.status !== (cell.status ?? "official") && (m.value !== null || cell.value !== null))
  );
}

/** The changes to send: changed cells only, each with the version the form showed. */
export function changesOf(form: EntryForm, drafts: ReadonlyMap<string, Draft>): ValueChange[] {
  const changes: ValueChange[] = [];
  for (const sector of form.sectors)
    for (const indicator of sector.indicators)
      for (const cell of indicator.cells) {
        const draft = drafts.get(cellKey(indicator.code, cell.disaggregation));
        if (!isChanged(cell, draft)) continue;
        const m = merged(cell, draft);
        const empty = m.value === null && (m.textValue ?? "") === "";
        changes.push({
          indicator: indicator.code,
          unit: form.unit.code,
          period: form.period,
          disaggregation: cell.disaggregation,
          value: m.value,
          ...(isTextual(indicator) ? { textValue: m.textValue } : {}),
          status: m.status,
          note: m.note,
          expectedVersion: draft?.baseVersion ?? cell.version,
          ...(empty && cell.version > 0 ? { delete: true } : {}),
        });
      }
  return changes;
}
