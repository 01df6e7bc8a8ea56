import { DatePicker } from "antd";
import dayjs from "dayjs";
import { useI18n } from "../i18n/index.ts";
import { useUnitPeriod } from "./use-unit-period.ts";

/** Picks the report month (shown 08/2023). */
export function MonthPicker() {
  const { t } = useI18n();
  const { period, setPeriod } = useUnitPeriod();
  return (
    <DatePicker
      data-testid="period-picker"
      aria-label={t("header.period")}
      picker="month"
      format="MM/YYYY"
      allowClear={false}
      value={dayjs(`${period}-01`)}
      onChange={(value) => {
        if (value) setPeriod(value.format("YYYY-MM"));
      }}
      style={{ width: 120, flex: "none" }}
      inputReadOnly
    />
  );
}
