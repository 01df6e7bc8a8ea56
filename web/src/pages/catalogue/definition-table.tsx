import { PlusOutlined } from "@ant-design/icons";
import { Button, type ButtonProps, Space, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import { type ReactNode, useState } from "react";
import { ScrollBox } from "../../components/scroll-box.tsx";
import { useI18n } from "../../i18n/index.ts";
import { HistoryDialog } from "./history-dialog.tsx";

/**
 * A tab of the catalogue screen: the definitions of one kind in a table and, for an
 * administrator, "Thêm", "Sửa" and "Lịch sử" on each (plus any other actions of the row).
 */
export function DefinitionTable<T extends { code: string; version: string }>({
  kind,
  label,
  rows,
  columns,
  mayManage,
  addLabel,
  testId,
  onEdit,
  rowActions,
}: {
  kind: string;
  label: string;
  rows: readonly T[];
  columns: ColumnsType<T>;
  mayManage: boolean;
  addLabel: string;
  testId: string;
  /** Opens the editor of a row, or of a new definition (undefined). */
  onEdit: (row: T | undefined) => void;
  rowActions?: (row: T) => ReactNode;
}) {
  const { t } = useI18n();
  const [history, setHistory] = useState<string>();
  const actions: ColumnsType<T> = mayManage
    ? [
        {
          title: t("users.actions"),
          key: "actions",
          width: 200,
          render: (_, row) => (
            <Space size={4} wrap>
              {(row as { builtIn?: boolean }).builtIn !== true && (
                <Button
                  size="small"
                  aria-label={t("catalogue.editOf", { code: row.code })}
                  onClick={() => onEdit(row)}
                  {...({ "data-testid": `${testId}-edit-${row.code}` } as ButtonProps)}
                >
                  {t("catalogue.edit")}
                </Button>
              )}
              {rowActions?.(row)}
              <Button
                size="small"
                aria-label={t("catalogue.historyOf", { code: row.code })}
                onClick={() => setHistory(row.code)}
              >
                {t("catalogue.history")}
              </Button>
            </Space>
          ),
        },
      ]
    : [];
  return (
    <>
      {mayManage && (
        <div style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => onEdit(undefined)}
            {...({ "data-testid": `${testId}-add` } as ButtonProps)}
          >
            {addLabel}
          </Button>
        </div>
      )}
      <ScrollBox label={label} minWidth={720}>
        <Table<T>
          data-testid={testId}
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={rows as T[]}
          columns={[...columns, ...actions]}
        />
      </ScrollBox>
      <HistoryDialog kind={kind} code={history} onClose={() => setHistory(undefined)} />
    </>
  );
}
