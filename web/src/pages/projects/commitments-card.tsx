import { Button, Card, Space, Table, Typography } from "antd";
import { useState } from "react";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { fmtDate } from "../../format/dates.ts";
import { useFormat } from "../../format/use-format.ts";
import { codeName, useI18n } from "../../i18n/index.ts";
import { CommitmentForm, type CommitmentRow } from "./commitment-form.tsx";
import { RemoveButton } from "./remove-button.tsx";

interface Props {
  readonly code: string;
  readonly period: string;
  readonly commitments: readonly CommitmentRow[];
  /** Whether the user may add the project's own commitments (enters its money). */
  readonly mayAdd: boolean;
  /** Deletes through the page's `useRemoveRow`, which says a conflict or a refusal. */
  readonly remove: (call: () => Promise<unknown>) => Promise<unknown>;
}

/**
 * The commitments a project is held to: its own, or else its managing level's (one for every
 * project of the level). Each row offers "Sửa" and "Xóa" when the server says the user may.
 */
export function CommitmentsCard({ code, period, commitments, mayAdd, remove }: Props) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const [editing, setEditing] = useState<{ row?: CommitmentRow }>();
  const anyEditable = commitments.some((c) => c.editable);
  const removeCall = (r: CommitmentRow) => {
    const body = { dueDate: r.dueDate, expectedVersion: r.version };
    const level = r.managingLevel;
    return level
      ? () => call(api.registers.removeLevelCommitment, { params: { level }, body })
      : () => call(api.registers.removeCommitment, { params: { code }, body });
  };
  if (commitments.length === 0 && !mayAdd) return null;
  return (
    <Card
      size="small"
      title={t("projects.commitments")}
      style={{ marginBottom: 16 }}
      extra={
        mayAdd && (
          <Button data-testid="commitment-add" onClick={() => setEditing({})}>
            {t("projects.addCommitment")}
          </Button>
        )
      }
    >
      {commitments.length === 0 ? (
        // Said in plain text: the table's own empty line is grey below the contrast AA asks.
        <Typography.Text type="secondary" data-testid="commitments-none">
          {t("projects.noCommitments")}
        </Typography.Text>
      ) : (
        <Table<CommitmentRow>
          size="small"
          pagination={false}
          rowKey={(r) => `${r.projectCode}:${r.managingLevel}:${r.dueDate}`}
          dataSource={[...commitments]}
          scroll={{ x: true }}
          data-testid="commitments-table"
          columns={[
            { title: t("projects.dueDate"), key: "due", render: (_, r) => fmtDate(r.dueDate) },
            {
              title: t("projects.share"),
              key: "share",
              align: "right",
              render: (_, r) => f.pct(r.sharePct, 1),
            },
            {
              title: t("projects.commitmentScope"),
              key: "scope",
              render: (_, r) =>
                r.managingLevel
                  ? t("projects.commitmentLevel", { level: codeName(r.managingLevel, lang) })
                  : t("projects.commitmentOwn"),
            },
            { title: t("projects.note"), dataIndex: "note" },
            ...(anyEditable
              ? [
                  {
                    title: t("projects.actions"),
                    key: "actions",
                    width: 140,
                    render: (_: unknown, r: CommitmentRow) => {
                      const what = t("projects.whatCommitment", { date: fmtDate(r.dueDate) });
                      return (
                        r.editable && (
                          <Space size="small">
                            <Button
                              size="small"
                              aria-label={`${t("projects.edit")} ${what}`}
                              onClick={() => setEditing({ row: r })}
                            >
                              {t("projects.edit")}
                            </Button>
                            <RemoveButton what={what} onConfirm={() => remove(removeCall(r))} />
                          </Space>
                        )
                      );
                    },
                  },
                ]
              : []),
          ]}
        />
      )}
      {editing && (
        <CommitmentForm
          code={code}
          period={period}
          {...(editing.row ? { row: editing.row } : {})}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Card>
  );
}
