import { App, Button, type ButtonProps, Form, Input, InputNumber, Select, Tag } from "antd";
import { useState } from "react";
import type { CatalogueDefinitionsView } from "../../api/contract.ts";
import { useI18n } from "../../i18n/index.ts";
import { useCatalogueChange } from "./catalogue-admin-api.ts";
import { DefinitionTable } from "./definition-table.tsx";
import { EditorDrawer } from "./editor-drawer.tsx";
import { FormulaField } from "./formula-field.tsx";

type Rule = CatalogueDefinitionsView["rules"][number];
type Operator = "==" | "!=" | "<" | "<=" | ">" | ">=";
type Severity = "error" | "warning" | "info";
interface RuleForm {
  code: string;
  left: string;
  operator: Operator;
  right: string;
  severity: Severity;
  message: string;
  tolerance?: number | null;
}

/** "Quy tắc kiểm tra": validation rules, each side a formula checked as it is typed. */
export function RulesTab({ definitions }: { definitions: CatalogueDefinitionsView }) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const [editing, setEditing] = useState<{ rule: Rule | undefined }>();
  const change = useCatalogueChange(() => setEditing(undefined));
  const rule = editing?.rule;
  const choice = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
  return (
    <>
      <DefinitionTable<Rule>
        kind="rule"
        label={t("catalogue.tabRules")}
        rows={definitions.rules}
        mayManage={definitions.mayManage}
        addLabel={t("catalogue.addRule")}
        testId="rules-table"
        onEdit={(r) => setEditing({ rule: r })}
        rowActions={(r) => (
          <Button
            size="small"
            danger
            aria-label={`${t("catalogue.remove")} ${r.code}`}
            onClick={() =>
              modal.confirm({
                content: t("catalogue.confirmRemoveRule", { code: r.code }),
                okText: t("catalogue.remove"),
                cancelText: t("catalogue.cancel"),
                onOk: () =>
                  change.mutate({
                    change: { kind: "remove_rule", expected: r.version, code: r.code },
                  }),
              })
            }
            {...({ "data-testid": `rules-table-remove-${r.code}` } as ButtonProps)}
          >
            {t("catalogue.remove")}
          </Button>
        )}
        columns={[
          { title: t("catalogue.code"), dataIndex: "code", width: 200 },
          {
            title: t("catalogue.formula"),
            render: (_, r) => (
              <code style={{ wordBreak: "break-word" }}>
                {r.left} {r.operator} {r.right}
              </code>
            ),
          },
          {
            title: t("catalogue.severity"),
            dataIndex: "severity",
            render: (s: string) => <Tag>{s}</Tag>,
          },
          { title: t("catalogue.message"), dataIndex: "message" },
        ]}
      />
      <EditorDrawer<RuleForm>
        title={rule ? t("catalogue.editOf", { code: rule.code }) : t("catalogue.addRule")}
        open={editing !== undefined}
        initialValues={
          rule
            ? { ...rule, operator: rule.operator as Operator, severity: rule.severity as Severity }
            : { operator: "==", severity: "warning" }
        }
        saving={change}
        testId="rule-editor"
        onClose={() => setEditing(undefined)}
        onFinish={(v) =>
          change.mutate({
            change: {
              kind: "rule",
              expected: rule?.version ?? null,
              rule: {
                code: v.code.trim(),
                left: v.left,
                operator: v.operator,
                right: v.right,
                severity: v.severity,
                message: v.message,
                ...(v.tolerance ? { tolerance: v.tolerance } : {}),
                ...(rule?.decimals !== undefined ? { decimals: rule.decimals } : {}),
              },
            },
          })
        }
      >
        <Form.Item name="code" label={t("catalogue.code")} rules={[{ required: true }]}>
          <Input data-testid="rule-code" disabled={rule !== undefined} autoComplete="off" />
        </Form.Item>
        <FormulaField name="left" label={t("catalogue.ruleLeft")} testId="rule-left" required />
        <Form.Item name="operator" label={t("catalogue.ruleOperator")}>
          <Select data-testid="rule-operator" options={choice(definitions.choices.operators)} />
        </Form.Item>
        <FormulaField name="right" label={t("catalogue.ruleRight")} testId="rule-right" required />
        <Form.Item name="severity" label={t("catalogue.severity")}>
          <Select options={choice(definitions.choices.severities)} />
        </Form.Item>
        <Form.Item name="message" label={t("catalogue.message")} rules={[{ required: true }]}>
          <Input.TextArea data-testid="rule-message" autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="tolerance" label={t("catalogue.tolerance")}>
          <InputNumber min={0} style={{ width: "100%" }} />
        </Form.Item>
      </EditorDrawer>
    </>
  );
}
