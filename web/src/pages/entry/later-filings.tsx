import { Alert } from "antd";
import { Link } from "react-router";
import type { EntryForm } from "../../api/contract.ts";
import { fmtMonth } from "../../format/dates.ts";
import { useI18n } from "../../i18n/index.ts";
import { periodName } from "../report/report-period.ts";
import { entryPath } from "./entry-path.ts";

/**
 * The unit's quarterly (half, nine-month, yearly) forms not filed this month, each with a link to
 * the month it is entered in: a clerk looking for the quarter's form in August finds September.
 */
export function LaterFilings({ form }: { form: EntryForm }) {
  const { t, lang } = useI18n();
  if (form.laterFilings.length === 0) return null;
  return (
    <Alert
      data-testid="entry-later-filings"
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={form.laterFilings.map((later) => (
        <div key={later.code}>
          {t("entry.laterFiling", {
            form: later.nameVi,
            period: periodName(later.period, lang),
            month: fmtMonth(later.month),
          })}{" "}
          <Link
            to={entryPath({ unit: form.unit.code, period: later.month, filedPeriod: later.period })}
            data-testid={`entry-later-${later.code}`}
          >
            {t("entry.openMonth", { month: fmtMonth(later.month) })}
          </Link>
        </div>
      ))}
    />
  );
}
