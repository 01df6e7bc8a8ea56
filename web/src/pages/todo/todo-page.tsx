import { useQuery } from "@tanstack/react-query";
import { Card, Space, Table, Tag, Typography } from "antd";
import { Link } from "react-router";
import { call } from "../../api/client.ts";
import { api, type SubmissionItem } from "../../api/contract.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { ExportButton } from "../../export/export-button.tsx";
import { fmtDate, fmtMonth } from "../../format/dates.ts";
import { useFormat } from "../../format/use-format.ts";
import { useI18n } from "../../i18n/index.ts";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";
import { entryPath } from "../entry/entry-path.ts";
import { CycleHistory } from "./cycle-history.tsx";
import { RemindButton } from "./remind-button.tsx";
import { SectionLists } from "./section-list.tsx";
import { byUrgency, SubmissionStateTag, timelinessText } from "./submission-texts.tsx";
import { todoSheet } from "./todo-sheet.ts";
import { TransitionButtons } from "./transition-buttons.tsx";

/**
 * "Việc cần làm": the month's forms of every unit the user may read — a reporter sees their own,
 * the office and leaders every unit below them — with state, due date, days left or late and
 * the figures still missing, overdue ones first; the buttons are the transitions allowed.
 */
export function TodoPage() {
  const { t } = useI18n();
  const { period } = useUnitPeriod();
  const { pct } = useFormat();
  const query = useQuery({
    queryKey: ["submissions", period],
    queryFn: () => call(api.submissions.list, { query: { period } }),
  });
  const title = `${t("todo.title")} — ${fmtMonth(period)}`;
  return (
    <>
      <PageTitle
        title={title}
        extra={
          <ExportButton
            name="todo"
            workbook={() =>
              query.data && {
                fileName: `viec-can-lam-${period}`,
                sheets: [todoSheet(title, query.data.submissions, t)],
              }
            }
          />
        }
      />
      <Typography.Paragraph type="secondary">{t("todo.intro")}</Typography.Paragraph>
      {/* A department's own sections first: they are what it has to do this month. */}
      <SectionLists period={period} />
      <Card size="small">
        <QueryState query={query}>
          {(data) => (
            <>
              <Space wrap style={{ marginBottom: 12 }} data-testid="todo-summary">
                <Tag color="blue">
                  {t("todo.completeness", {
                    done: data.summary.submitted,
                    expected: data.summary.expected,
                    pct: pct(data.summary.completeness * 100, 0),
                  })}
                </Tag>
                <Tag color="green">
                  {t("todo.onTime", {
                    done: data.summary.onTime,
                    expected: data.summary.expected,
                    pct: pct(data.summary.timeliness * 100, 0),
                  })}
                </Tag>
                <Tag color={data.summary.overdue > 0 ? "red" : undefined}>
                  {t("todo.overdue", { count: data.summary.overdue })}
                </Tag>
              </Space>
              <Table<SubmissionItem>
                data-testid="todo-table"
                size="small"
                rowKey={(s) => `${s.unit}|${s.regime}`}
                dataSource={[...data.submissions].sort(byUrgency)}
                pagination={false}
                scroll={{ x: true }}
                locale={{ emptyText: t("todo.empty") }}
                columns={[
                  {
                    title: t("todo.unit"),
                    key: "unit",
                    render: (_, s) => (
                      <Link to={entryPath(s)} title={t("todo.open")}>
                        {s.unitName}
                      </Link>
                    ),
                  },
                  { title: t("todo.form"), key: "form", render: (_, s) => s.regimeName },
                  {
                    title: t("todo.state"),
                    key: "state",
                    render: (_, s) => (
                      <>
                        <SubmissionStateTag state={s.state} />
                        {s.locked && s.state !== "approved" && s.state !== "submitted" && (
                          <Typography.Text type="secondary">{t("todo.locked")}</Typography.Text>
                        )}
                      </>
                    ),
                  },
                  { title: t("todo.due"), key: "due", render: (_, s) => fmtDate(s.dueDate) },
                  {
                    title: t("todo.timeliness"),
                    key: "timeliness",
                    // A red tag, as the dashboard marks late units (red text lacks contrast).
                    render: (_, s) => (
                      <Tag
                        color={
                          s.timeliness.kind === "overdue" || s.timeliness.kind === "late"
                            ? "red"
                            : undefined
                        }
                      >
                        {timelinessText(t, s.timeliness)}
                      </Tag>
                    ),
                  },
                  {
                    title: t("todo.missing"),
                    key: "missing",
                    render: (_, s) =>
                      t("todo.missingOf", { missing: s.missing.length, expected: s.expected }),
                  },
                  {
                    title: t("todo.comment"),
                    key: "comment",
                    render: (_, s) => s.lastComment ?? "",
                  },
                  {
                    title: t("todo.actions"),
                    key: "actions",
                    render: (_, s) => (
                      <Space wrap size={4}>
                        <TransitionButtons item={s} />
                        <RemindButton item={s} />
                      </Space>
                    ),
                  },
                ]}
              />
            </>
          )}
        </QueryState>
      </Card>
      <CycleHistory period={period} />
    </>
  );
}
