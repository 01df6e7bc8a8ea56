import { endOfMonth } from "../format/dates.ts";
import { useI18n } from "../i18n/index.ts";
import { nameIn } from "../i18n/name-in.ts";
import { useUnitPeriod } from "../layout/use-unit-period.ts";
import { useUnits } from "./shared-queries.ts";

/** Names unit codes ("NN_KINH_TE" → "Phòng Kinh tế thị xã Ngã Năm") as of the URL's month. */
export function useUnitName(): (code: string) => string {
  const { lang } = useI18n();
  const { period } = useUnitPeriod();
  const units = useUnits(endOfMonth(period));
  return (code) => {
    const unit = units.data?.units.find((u) => u.code === code);
    if (!unit) return code;
    return nameIn(lang, unit);
  };
}
