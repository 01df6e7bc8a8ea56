import { Segmented } from "antd";
import type { PeriodType } from "../../../../src/core/periods/index.ts";
import { useI18n } from "../../i18n/index.ts";
import { REPORT_KINDS, useReportPeriod } from "./report-period.ts";

/** Tháng / Quý / 6 tháng / 9 tháng / Năm: which report of the header's month to open. */
export function ReportKindPicker() {
  const { t } = useI18n();
  const { kind, setKind } = useReportPeriod();
  return (
    <fieldset className="report-kind">
      <legend className="visually-hidden">{t("report.kind")}</legend>
      <Segmented<PeriodType>
        data-testid="report-kind"
        value={kind}
        onChange={setKind}
        options={REPORT_KINDS.map((k) => ({ value: k, label: t(`report.kind.${k}`) }))}
      />
    </fieldset>
  );
}
