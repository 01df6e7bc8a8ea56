import { Modal, Table } from "antd";
import type { DefinitionAuditView } from "../../api/contract.ts";
import { QueryState } from "../../components/query-state.tsx";
import { useI18n } from "../../i18n/index.ts";
import { useDefinitionAudit } from "./catalogue-admin-api.ts";

/** Who changed a definition, when and how (the definition audit), newest first. */
export function HistoryDialog({
  kind,
  code,
  onClose,
}: {
  kind: string;
  code: string | undefined;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const audit = useDefinitionAudit(kind, code);
  return (
    <Modal
      open={code !== undefined}
      title={t("catalogue.historyOf", { code: code ?? "" })}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      <QueryState query={audit}>
        {({ entries }) => (
          <Table<DefinitionAuditView>
            data-testid="catalogue-history"
            size="small"
            rowKey={(e) => `${e.at}-${e.action}`}
            pagination={false}
            dataSource={entries}
            columns={[
              {
                title: t("catalogue.auditAt"),
                dataIndex: "at",
                render: (at: string) => at.slice(0, 16).replace("T", " "),
              },
              { title: t("catalogue.auditBy"), dataIndex: "by" },
              { title: t("catalogue.auditAction"), dataIndex: "action" },
            ]}
          />
        )}
      </QueryState>
    </Modal>
  );
}
