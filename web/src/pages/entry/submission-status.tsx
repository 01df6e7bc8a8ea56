import { Alert, Space, Typography } from "antd";
import { Link } from "react-router";
import type { EntryForm } from "../../api/contract.ts";
import { fmtDate } from "../../format/dates.ts";
import { useI18n } from "../../i18n/index.ts";
import { SubmissionStateTag, timelinessText } from "../todo/submission-texts.tsx";
import { TransitionButtons } from "../todo/transition-buttons.tsx";

/**
 * Where the unit's forms of the month stand in the collection cycle, above the entry form: state,
 * due date, the buttons the user may press, the reviewer's comment of a returned form, and why
 * locked figures are read-only.
 */
export function SubmissionStatus({ form }: { form: EntryForm }) {
  const { t } = useI18n();
  if (form.submissions.length === 0) return null;
  const returned = form.submissions.filter((s) => s.state === "returned" && s.lastComment);
  return (
    <div data-testid="entry-submissions" style={{ marginBottom: 12 }}>
      {form.submissions.map((s) => (
        <Space key={s.regime} wrap style={{ marginBottom: 4 }}>
          <SubmissionStateTag state={s.state} />
          <Typography.Text>
            {t("entry.submission", {
              form: s.regimeName,
              date: fmtDate(s.dueDate),
              timeliness: timelinessText(t, s.timeliness),
            })}
          </Typography.Text>
          <TransitionButtons item={s} />
          <Link to={`/todo?unit=${form.unit.code}&period=${form.period}`}>{t("menu.todo")}</Link>
        </Space>
      ))}
      {returned.map((s) => (
        <Alert
          key={`returned-${s.regime}`}
          data-testid="entry-returned"
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={t("entry.returnedTitle")}
          description={s.lastComment}
        />
      ))}
      {form.lockedIndicators.length > 0 && (
        <Alert
          data-testid="entry-locked"
          type="info"
          showIcon
          style={{ marginTop: 8 }}
          title={t("entry.lockedTitle")}
          description={t("entry.lockedText")}
        />
      )}
    </div>
  );
}
