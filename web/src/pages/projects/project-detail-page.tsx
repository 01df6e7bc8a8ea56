import { ArrowLeftOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Descriptions, Space, Table, Tag } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { useUnitName } from "../../api/use-unit-name.ts";
import { ConflictAlert } from "../../components/conflict-alert.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { fmtDate, fmtMonth } from "../../format/dates.ts";
import { useFormat } from "../../format/use-format.ts";
import { codeName, useI18n } from "../../i18n/index.ts";
import { useUnitPeriod, useUnitPeriodSearch } from "../../layout/use-unit-period.ts";
import { useSession } from "../../session/session.tsx";
import { ClearanceTable } from "../site-clearance/clearance-table.tsx";
import { canEditProjects, canEnterMoney } from "./can-edit-projects.ts";
import { CapitalPlanForm, type CapitalPlanRow } from "./capital-plan-form.tsx";
import { ClearanceForm } from "./clearance-form.tsx";
import { CommitmentsCard } from "./commitments-card.tsx";
import { DisbursementForm, type DisbursementRow } from "./disbursement-form.tsx";
import { ProjectForm } from "./project-form.tsx";
import { RemoveButton } from "./remove-button.tsx";
import { useRemoveRow } from "./use-remove-row.ts";

type Editing =
  | { readonly kind: "plan"; readonly row?: CapitalPlanRow }
  | { readonly kind: "disbursement"; readonly row?: DisbursementRow }
  | { readonly kind: "project" }
  | { readonly kind: "clearance" };

/** One project: its facts, capital plans, disbursements, commitments and site clearance. */
export function ProjectDetailPage() {
  const { t, lang } = useI18n();
  const f = useFormat();
  const unitName = useUnitName();
  const { code = "" } = useParams();
  const { period } = useUnitPeriod();
  const search = useUnitPeriodSearch();
  const query = useQuery({
    queryKey: ["project", code, period],
    queryFn: () => call(api.registers.project, { params: { code }, query: { period } }),
  });
  const money = (v: number) => f.num(v, 3);
  const { user } = useSession();
  const mayEnter = canEnterMoney(user);
  const [editing, setEditing] = useState<Editing>();
  const removal = useRemoveRow(code);
  // "Sửa" and "Xóa" of a row, for those who enter the project's money (the server decides).
  const actionsColumn = <R,>(
    kind: Editing["kind"],
    what: (r: R) => string,
    remove: (r: R) => () => Promise<unknown>,
  ) =>
    mayEnter
      ? [
          {
            title: t("projects.actions"),
            key: "actions",
            width: 140,
            render: (_: unknown, r: R) => (
              <Space size="small">
                <Button
                  size="small"
                  aria-label={`${t("projects.edit")} ${what(r)}`}
                  onClick={() => setEditing({ kind, row: r } as Editing)}
                >
                  {t("projects.edit")}
                </Button>
                <RemoveButton what={what(r)} onConfirm={() => removal.remove(remove(r))} />
              </Space>
            ),
          },
        ]
      : [];
  return (
    <QueryState query={query}>
      {({ project: p, capitalPlans, disbursements, commitments, siteClearance }) => (
        <>
          <PageTitle
            title={p.nameVi}
            extra={
              <>
                {canEditProjects(user) && (
                  <Button
                    data-testid="project-edit"
                    onClick={() => setEditing({ kind: "project" })}
                  >
                    {t("projects.editProject")}
                  </Button>
                )}
                <Link to={`/projects${search}`}>
                  <ArrowLeftOutlined /> {t("projects.back")}
                </Link>
              </>
            }
          />
          {removal.conflict && (
            <ConflictAlert
              testId="remove-conflict"
              title={t("projects.conflict")}
              message={removal.conflict}
              onReload={removal.reload}
            />
          )}
          {removal.error && (
            <Alert
              data-testid="remove-error"
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              title={removal.error}
            />
          )}
          <Card size="small" style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="project-facts">
              <Descriptions.Item label={t("projects.code")}>{p.code}</Descriptions.Item>
              <Descriptions.Item label={t("projects.level")}>
                {codeName(p.managingLevel, lang)}
              </Descriptions.Item>
              <Descriptions.Item label={t("projects.programme")}>
                {p.programme ? codeName(p.programme, lang) : "—"}
              </Descriptions.Item>
              <Descriptions.Item label={t("projects.owner")}>{unitName(p.owner)}</Descriptions.Item>
              <Descriptions.Item label={t("projects.reportingUnit")}>
                {unitName(p.reportingUnit)}
              </Descriptions.Item>
              <Descriptions.Item label={t("projects.location")}>
                {p.locationUnits.map(unitName).join(", ") || "—"}
              </Descriptions.Item>
              <Descriptions.Item label={t("projects.start")}>
                {fmtDate(p.startDate)}
              </Descriptions.Item>
              <Descriptions.Item label={t("projects.end")}>{fmtDate(p.endDate)}</Descriptions.Item>
              <Descriptions.Item label={t("projects.status")}>
                <Tag>{codeName(p.status, lang)}</Tag>
                {p.synthetic && <Tag>{t("projects.synthetic")}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={t("projects.plan")}>{money(p.plan)}</Descriptions.Item>
              <Descriptions.Item label={t("projects.disbursed")}>
                {money(p.disbursed)} ({f.pct(p.disbursedPct, 1)}) — {fmtMonth(period)}
              </Descriptions.Item>
              {p.note && <Descriptions.Item label={t("projects.note")}>{p.note}</Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card
            size="small"
            title={t("projects.capitalPlans")}
            style={{ marginBottom: 16 }}
            extra={
              mayEnter && (
                <Button data-testid="plan-add" onClick={() => setEditing({ kind: "plan" })}>
                  {t("projects.addPlan")}
                </Button>
              )
            }
          >
            <Table
              size="small"
              pagination={false}
              rowKey={(r) => `${r.year}:${r.fundSource}:${r.programme}`}
              dataSource={capitalPlans}
              scroll={{ x: true }}
              columns={[
                { title: t("projects.year"), dataIndex: "year", width: 80 },
                {
                  title: t("projects.fundSource"),
                  key: "fund",
                  render: (_, r) => codeName(r.fundSource || null, lang),
                },
                { title: t("projects.programme"), dataIndex: "programme" },
                {
                  title: t("projects.amount"),
                  key: "amount",
                  align: "right",
                  render: (_, r) => money(r.amount),
                },
                { title: t("projects.note"), dataIndex: "note" },
                ...actionsColumn<CapitalPlanRow>(
                  "plan",
                  (r) =>
                    t("projects.whatPlan", {
                      year: r.year,
                      source: codeName(r.fundSource || null, lang),
                    }),
                  (r) => () =>
                    call(api.registers.removeCapitalPlan, {
                      params: { code },
                      body: { year: r.year, fundSource: r.fundSource, expectedVersion: r.version },
                    }),
                ),
              ]}
            />
          </Card>
          <Card
            size="small"
            title={t("projects.disbursements")}
            style={{ marginBottom: 16 }}
            extra={
              mayEnter && (
                <Button
                  data-testid="disbursement-add"
                  onClick={() => setEditing({ kind: "disbursement" })}
                >
                  {t("projects.addDisbursement")}
                </Button>
              )
            }
          >
            <Table
              size="small"
              pagination={false}
              rowKey={(r) => `${r.period}:${r.fundSource}:${r.date}`}
              dataSource={disbursements}
              scroll={{ x: true }}
              columns={[
                {
                  title: t("projects.period"),
                  key: "period",
                  render: (_, r) => fmtMonth(r.period),
                },
                { title: t("projects.date"), key: "date", render: (_, r) => fmtDate(r.date) },
                {
                  title: t("projects.fundSource"),
                  key: "fund",
                  render: (_, r) => codeName(r.fundSource || null, lang),
                },
                {
                  title: t("projects.amount"),
                  key: "amount",
                  align: "right",
                  render: (_, r) => money(r.amount),
                },
                {
                  title: t("projects.status"),
                  key: "status",
                  render: (_, r) => codeName(r.status, lang),
                },
                { title: t("projects.note"), dataIndex: "note" },
                ...actionsColumn<DisbursementRow>(
                  "disbursement",
                  (r) =>
                    // The source is named only when the month has rows of several sources.
                    disbursements.filter((d) => d.period === r.period).length > 1
                      ? t("projects.whatDisbursementOf", {
                          month: fmtMonth(r.period),
                          source: codeName(r.fundSource || null, lang),
                        })
                      : t("projects.whatDisbursement", { month: fmtMonth(r.period) }),
                  (r) => () =>
                    call(api.registers.removeDisbursement, {
                      params: { code },
                      body: {
                        period: r.period,
                        fundSource: r.fundSource,
                        expectedVersion: r.version,
                      },
                    }),
                ),
              ]}
            />
          </Card>
          <CommitmentsCard
            code={p.code}
            period={period}
            commitments={commitments}
            mayAdd={mayEnter}
            remove={removal.remove}
          />
          {(siteClearance.length > 0 || mayEnter) && (
            <Card
              size="small"
              title={t("clearance.title")}
              extra={
                mayEnter && (
                  <Button
                    data-testid="clearance-enter"
                    onClick={() => setEditing({ kind: "clearance" })}
                  >
                    {t("projects.clearanceEnter", { month: fmtMonth(period) })}
                  </Button>
                )
              }
            >
              <ClearanceTable
                items={siteClearance}
                showProject={false}
                {...(mayEnter
                  ? {
                      actions: (c) => (
                        <RemoveButton
                          what={t("projects.whatClearance", { month: fmtMonth(c.period) })}
                          onConfirm={() =>
                            removal.remove(() =>
                              call(api.registers.removeClearance, {
                                params: { code },
                                body: { period: c.period, expectedVersion: c.version },
                              }),
                            )
                          }
                        />
                      ),
                    }
                  : {})}
              />
            </Card>
          )}
          {editing?.kind === "clearance" && (
            <ClearanceForm
              code={p.code}
              period={period}
              row={siteClearance.find((s) => s.period === period)}
              onClose={() => setEditing(undefined)}
            />
          )}
          {editing?.kind === "project" && (
            <ProjectForm
              project={p}
              onClose={() => setEditing(undefined)}
              onSaved={() => setEditing(undefined)}
            />
          )}
          {editing?.kind === "plan" && (
            <CapitalPlanForm
              code={p.code}
              row={editing.row}
              year={Number(period.slice(0, 4))}
              source={p.managingLevel}
              onClose={() => setEditing(undefined)}
            />
          )}
          {editing?.kind === "disbursement" && (
            <DisbursementForm
              code={p.code}
              row={editing.row}
              period={period}
              sources={[...new Set(capitalPlans.map((c) => c.fundSource))]}
              onClose={() => setEditing(undefined)}
            />
          )}
        </>
      )}
    </QueryState>
  );
}
