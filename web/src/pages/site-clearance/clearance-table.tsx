import { Progress, Table } from "antd";
import type { ReactNode } from "react";
import type { z } from "zod";
import type { ClearanceView } from "../../api/contract.ts";
import { ScrollBox } from "../../components/scroll-box.tsx";
import { fmtDate, fmtMonth } from "../../format/dates.ts";
import { useFormat } from "../../format/use-format.ts";
import { useI18n } from "../../i18n/index.ts";

type Clearance = z.output<typeof ClearanceView>;

function pct(done: number | null, total: number | null): number | null {
  return done !== null && total ? (done / total) * 100 : null;
}

/** Site clearance by project: households paid of all, amount paid of the total. */
export function ClearanceTable({
  items,
  showProject = true,
  actions,
}: {
  items: readonly Clearance[];
  showProject?: boolean;
  /** What a row offers (the project page's "Xóa"); no column without it. */
  actions?: (c: Clearance) => ReactNode;
}) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <ScrollBox label={t("clearance.title")} minWidth={900}>
      <Table<Clearance>
        size="small"
        rowKey={(c) => `${c.projectCode}:${c.period}`}
        dataSource={[...items]}
        pagination={false}
        data-testid="clearance-table"
        columns={[
          ...(showProject
            ? [
                {
                  title: t("clearance.project"),
                  key: "project",
                  render: (_: unknown, c: Clearance) => (
                    <div>
                      {c.projectNameVi}
                      <div className="muted">{c.projectCode}</div>
                    </div>
                  ),
                },
              ]
            : []),
          {
            title: t("clearance.asOf"),
            key: "asOf",
            width: 110,
            render: (_: unknown, c: Clearance) => (c.date ? fmtDate(c.date) : fmtMonth(c.period)),
          },
          {
            title: t("clearance.households"),
            key: "households",
            width: 220,
            render: (_: unknown, c: Clearance) => (
              <Share
                label={t("clearance.households")}
                done={c.householdsPaid}
                total={c.householdsTotal}
              />
            ),
          },
          {
            title: t("clearance.handedOver"),
            key: "handed",
            align: "right" as const,
            width: 120,
            render: (_: unknown, c: Clearance) => f.num(c.householdsHandedOver, 0),
          },
          {
            title: t("clearance.amount"),
            key: "amount",
            width: 240,
            render: (_: unknown, c: Clearance) => (
              <Share label={t("clearance.amount")} done={c.amountPaid} total={c.amountTotal} />
            ),
          },
          { title: t("projects.note"), dataIndex: "note", key: "note" },
          ...(actions
            ? [
                {
                  title: t("projects.actions"),
                  key: "actions",
                  width: 90,
                  render: (_: unknown, c: Clearance) => actions(c),
                },
              ]
            : []),
        ]}
      />
    </ScrollBox>
  );
}

/** "12/40" and a bar of the share done, named for screen readers. */
function Share(props: { label: string; done: number | null; total: number | null }) {
  const { label, done, total } = props;
  const f = useFormat();
  const p = pct(done, total);
  return (
    <div>
      {f.num(done, 0)}/{f.num(total, 0)}
      <Progress
        aria-label={`${label}: ${f.pct(p, 1)}`}
        percent={Math.min(100, p ?? 0)}
        size="small"
        format={() => f.pct(p, 1)}
      />
    </div>
  );
}
