import { Alert, Button, Space } from "antd";
import type { EntryForm } from "../../api/contract.ts";
import { fmtDateTime } from "../../format/dates.ts";
import { useFormat } from "../../format/use-format.ts";
import { useI18n } from "../../i18n/index.ts";
import type { ConflictInfo } from "./conflict.ts";

interface Props {
  readonly conflict: ConflictInfo;
  readonly form: EntryForm;
  readonly onTakeNewer: () => void;
  readonly onReloadAll: () => void;
  readonly onClose: () => void;
}

function indicatorOf(form: EntryForm, code: string | undefined) {
  for (const sector of form.sectors)
    for (const indicator of sector.indicators) if (indicator.code === code) return indicator;
  return undefined;
}

/** A stale edit refused by the server: the newer value, who and when; never overwritten. */
export function ConflictAlert({ conflict, form, onTakeNewer, onReloadAll, onClose }: Props) {
  const { t } = useI18n();
  const f = useFormat();
  const indicator = indicatorOf(form, conflict.indicator);
  const cell = indicator?.cells.find((c) => c.disaggregation === conflict.disaggregation);
  const name = indicator
    ? `${indicator.nameVi}${cell && cell.disaggregation !== "" ? ` — ${cell.labelVi}` : ""}`
    : (conflict.indicator ?? "");
  const value = conflict.textValue ?? f.num(conflict.value, indicator?.decimals ?? 2);
  const known = conflict.indicator !== undefined && conflict.updatedBy !== undefined;
  return (
    <Alert
      data-testid="conflict-message"
      type="error"
      showIcon
      closable={{ onClose }}
      style={{ marginBottom: 8 }}
      title={t("entry.conflictTitle")}
      description={
        <div>
          <div>
            {known
              ? t("entry.conflictText", {
                  indicator: name,
                  by: conflict.updatedBy ?? "—",
                  at: fmtDateTime(conflict.updatedAt),
                  value,
                  version: conflict.version ?? "?",
                })
              : `${t("entry.conflictUnknown")} ${conflict.message}`}
          </div>
          <Space style={{ marginTop: 8 }}>
            {conflict.indicator && (
              <Button size="small" type="primary" data-testid="conflict-take" onClick={onTakeNewer}>
                {t("entry.conflictReload")}
              </Button>
            )}
            <Button size="small" data-testid="conflict-reload-all" onClick={onReloadAll}>
              {t("entry.conflictReloadAll")}
            </Button>
          </Space>
        </div>
      }
    />
  );
}
