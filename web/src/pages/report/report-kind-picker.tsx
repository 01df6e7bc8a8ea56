import { Segmented } from "antd";
import { useI18n } from "../../i18n/index.ts";
import { REPORT_KINDS, type ReportKind, useReportPeriod } from "./report-period.ts";

/**
 * Tháng / Từ đầu năm / Quý / 6 tháng / 9 tháng / Năm: which report of the header's month to open
 * ("Từ đầu năm" in July is the 7-month report).
 */
export function ReportKindPicker() {
  const { t } = useI18n();
  const { kind, setKind } = useReportPeriod();
  return (
    <fieldset className="report-kind">
      <legend className="visually-hidden">{t("report.kind")}</legend>
      <Segmented<ReportKind>
        data-testid="report-kind"
        value={kind}
        onChange={setKind}
        options={REPORT_KINDS.map((k) => ({ value: k, label: t(`report.kind.${k}`) }))}
      />
    </fieldset>
  );
}
