import { HistoryOutlined, WarningOutlined } from "@ant-design/icons";
import { Button, Input, Segmented, Tooltip } from "antd";
import type { EntryCell, EntryIndicator } from "../../api/contract.ts";
import { fmtDateTime } from "../../format/dates.ts";
import { fmtExact } from "../../format/numbers.ts";
import { useFormat } from "../../format/use-format.ts";
import { codeName, useI18n } from "../../i18n/index.ts";
import { nameIn } from "../../i18n/name-in.ts";
import { readCell } from "./cell-check.ts";
import {
  cellKey,
  cellName,
  cellTestId,
  type Draft,
  isChanged,
  isTextual,
  merged,
} from "./drafts.ts";
import { ValueInput } from "./value-input.tsx";

/** What every card of the list needs besides its indicator. */
export interface EntryListContext {
  readonly drafts: ReadonlyMap<string, Draft>;
  /** Why a typed value cannot be saved, by cell key. */
  readonly problems: ReadonlyMap<string, string>;
  readonly editable: boolean;
  /** Finding messages by indicator code, shown under its name. */
  readonly findings: ReadonlyMap<string, string[]>;
  readonly onEdit: (
    indicator: string,
    disaggregation: string,
    patch: Draft,
    version: number,
  ) => void;
  readonly onHistory: (indicator: EntryIndicator, cell: EntryCell) => void;
}

/** One indicator as a card: its name and unit, findings, then a line per value it takes. */
export function IndicatorCard({
  indicator,
  ctx,
}: {
  indicator: EntryIndicator;
  ctx: EntryListContext;
}) {
  const { lang } = useI18n();
  const keys = indicator.cells.map((c) => cellKey(indicator.code, c.disaggregation));
  const invalid = keys.some((k) => ctx.problems.has(k));
  const changed = indicator.cells.some((c, i) =>
    isChanged(indicator, c, ctx.drafts.get(keys[i] ?? "")),
  );
  const messages = ctx.findings.get(indicator.code);
  const single = indicator.cells.length === 1 && indicator.cells[0]?.disaggregation === "";
  return (
    <div
      className={`entry-indicator${invalid ? " entry-indicator--invalid" : changed ? " entry-indicator--changed" : ""}`}
      data-testid={`indicator-${indicator.code}`}
    >
      <div className="entry-indicator__name">
        {nameIn(lang, indicator)}
        <span className="entry-indicator__unit">({indicator.unitNameVi})</span>
      </div>
      {messages && (
        <div className="entry-indicator__finding" data-testid={`finding-${indicator.code}`}>
          {messages.map((m) => (
            <div key={m}>
              <WarningOutlined aria-hidden /> {m}
            </div>
          ))}
        </div>
      )}
      {indicator.cells.map((cell) => (
        <CellLine
          key={cell.disaggregation}
          indicator={indicator}
          cell={cell}
          single={single}
          ctx={ctx}
        />
      ))}
    </div>
  );
}

function CellLine({
  indicator,
  cell,
  single,
  ctx,
}: {
  indicator: EntryIndicator;
  cell: EntryCell;
  single: boolean;
  ctx: EntryListContext;
}) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const key = cellKey(indicator.code, cell.disaggregation);
  const draft = ctx.drafts.get(key);
  const m = merged(indicator, cell, draft);
  const testId = cellTestId(indicator.code, cell.disaggregation);
  const name = cellName(indicator, cell);
  const problem = ctx.problems.get(key);
  const errorId = problem ? `error-${testId}` : undefined;
  const textual = isTextual(indicator);
  const edit = (patch: Draft) =>
    ctx.onEdit(indicator.code, cell.disaggregation, patch, cell.version);
  const text = textual ? (m.textValue ?? "") : (draft?.input ?? fmtExact(m.value));
  return (
    <div className={`entry-cell${single ? " entry-cell--single" : ""}`}>
      <span className="entry-cell__label">
        {single ? "" : cell.disaggregation === "" ? t("entry.total") : codeName(cell.labelVi, lang)}
      </span>
      <div className="entry-cell__value">
        <ValueInput
          testId={testId}
          label={name}
          textual={textual}
          text={text}
          disabled={!ctx.editable}
          changed={isChanged(indicator, cell, draft)}
          errorId={errorId}
          onText={(typed) => edit(textual ? { textValue: typed } : { input: typed })}
          onLeave={() => {
            if (textual || draft?.input === undefined) return;
            const reading = readCell(indicator, name, draft.input);
            if (reading.ok && fmtExact(reading.value) !== draft.input)
              edit({ input: fmtExact(reading.value) });
          }}
        />
      </div>
      <div className="entry-cell__status">
        <Segmented<"estimate" | "official">
          block
          disabled={!ctx.editable}
          value={m.status}
          aria-label={`${t("entry.status")}: ${name}`}
          data-testid={`status-${testId}`}
          options={[
            { label: t("entry.estimate"), value: "estimate" },
            { label: t("entry.official"), value: "official" },
          ]}
          onChange={(status) => edit({ status })}
        />
      </div>
      <div className="entry-cell__note">
        <Input
          disabled={!ctx.editable}
          value={m.note}
          maxLength={2000}
          placeholder={t("entry.note")}
          aria-label={`${t("entry.note")}: ${name}`}
          data-testid={`note-${testId}`}
          onChange={(e) => edit({ note: e.target.value })}
        />
      </div>
      <div className="entry-cell__history">
        <Tooltip
          title={
            cell.version > 0
              ? `${t("entry.version", { version: cell.version })} · ${t("entry.updated", {
                  at: fmtDateTime(cell.updatedAt),
                  by: cell.updatedBy ?? "—",
                })}${cell.value !== null ? ` · ${f.num(cell.value, indicator.decimals)}` : ""}`
              : t("entry.noHistory")
          }
        >
          <Button
            type="text"
            icon={<HistoryOutlined />}
            aria-label={`${t("entry.history")}: ${name}`}
            disabled={cell.version === 0}
            data-testid={`history-${testId}`}
            onClick={() => ctx.onHistory(indicator, cell)}
          />
        </Tooltip>
      </div>
      {problem && (
        <div className="entry-cell__error" id={errorId} role="alert" data-testid={errorId}>
          {problem}
        </div>
      )}
    </div>
  );
}
