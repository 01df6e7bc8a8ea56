import { Form, Input, Select } from "antd";
import { useState } from "react";
import type { CatalogueDefinitionsView } from "../../api/contract.ts";
import { useI18n } from "../../i18n/index.ts";
import { nameIn } from "../../i18n/name-in.ts";
import { useCatalogueChange } from "./catalogue-admin-api.ts";
import { DefinitionTable } from "./definition-table.tsx";
import { EditorDrawer } from "./editor-drawer.tsx";

type CategorySet = CatalogueDefinitionsView["categorySets"][number];
interface SetForm {
  code: string;
  nameVi: string;
  nameEn: string;
  totalRule: string;
  /** One option a line: `code; tên; name`. */
  options: string;
}

const optionsText = (set: CategorySet) =>
  set.options.map((o) => `${o.code}; ${o.nameVi}; ${o.nameEn}`).join("\n");

function parseOptions(text: string) {
  return text
    .split("\n")
    .map((line) => line.split(";").map((part) => part.trim()))
    .filter((parts) => parts[0])
    .map(([code = "", nameVi, nameEn]) => ({
      code,
      nameVi: nameVi || code,
      nameEn: nameEn || nameVi || code,
    }));
}

/** "Phân tổ": the category sets and their options, added or edited. */
export function CategorySetsTab({ definitions }: { definitions: CatalogueDefinitionsView }) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState<{ set: CategorySet | undefined }>();
  const change = useCatalogueChange(() => setEditing(undefined));
  const set = editing?.set;
  return (
    <>
      <DefinitionTable<CategorySet>
        kind="category_set"
        label={t("catalogue.tabSets")}
        rows={definitions.categorySets}
        mayManage={definitions.mayManage}
        addLabel={t("catalogue.addSet")}
        testId="sets-table"
        onEdit={(s) => setEditing({ set: s })}
        columns={[
          { title: t("catalogue.code"), dataIndex: "code" },
          { title: t("catalogue.name"), render: (_, s) => nameIn(lang, s) },
          { title: t("catalogue.totalRule"), dataIndex: "totalRule" },
          {
            title: t("catalogue.options"),
            render: (_, s) => s.options.map((o) => nameIn(lang, o)).join(", "),
          },
        ]}
      />
      <EditorDrawer<SetForm>
        title={set ? t("catalogue.editOf", { code: set.code }) : t("catalogue.addSet")}
        open={editing !== undefined}
        initialValues={set ? { ...set, options: optionsText(set) } : { totalRule: "sum" }}
        saving={change}
        testId="set-editor"
        onClose={() => setEditing(undefined)}
        onFinish={(v) =>
          change.mutate({
            change: {
              kind: "category_set",
              expected: set?.version ?? null,
              set: {
                code: v.code,
                nameVi: v.nameVi,
                nameEn: v.nameEn,
                totalRule: v.totalRule,
                options: parseOptions(v.options),
              },
            },
          })
        }
      >
        <Form.Item name="code" label={t("catalogue.code")} rules={[{ required: true }]}>
          <Input data-testid="set-code" disabled={set !== undefined} autoComplete="off" />
        </Form.Item>
        <Form.Item name="nameVi" label={t("catalogue.nameVi")} rules={[{ required: true }]}>
          <Input data-testid="set-name-vi" autoComplete="off" />
        </Form.Item>
        <Form.Item name="nameEn" label={t("catalogue.nameEn")} rules={[{ required: true }]}>
          <Input data-testid="set-name-en" autoComplete="off" />
        </Form.Item>
        <Form.Item name="totalRule" label={t("catalogue.totalRule")}>
          <Select options={definitions.choices.totalRules.map((r) => ({ value: r, label: r }))} />
        </Form.Item>
        <Form.Item
          name="options"
          label={t("catalogue.options")}
          extra={t("catalogue.optionsHelp")}
          rules={[{ required: true }]}
        >
          <Input.TextArea data-testid="set-options" autoSize={{ minRows: 3, maxRows: 12 }} />
        </Form.Item>
      </EditorDrawer>
    </>
  );
}
