import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Form, Input, InputNumber, Radio, Select, Space } from "antd";
import { codeName, nameIn, useI18n } from "../../i18n/index.ts";
import type { ActName, VersionedUnit } from "./unit-acts.ts";

const KINDS = ["commune", "district", "agency", "province"] as const;

/** The code and names of a unit the act creates. */
function NewUnitFields({ withKind }: { withKind: boolean }) {
  const { t, lang } = useI18n();
  const required = (field: string) => [
    { required: true, whitespace: true, message: t("unitAdmin.required", { field }) },
  ];
  return (
    <>
      <Form.Item
        name="code"
        label={t("unitAdmin.code")}
        extra={t("unitAdmin.codeHelp")}
        rules={required(t("unitAdmin.code"))}
        normalize={(v: string) => v?.toUpperCase()}
      >
        <Input data-testid="act-code" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="nameVi"
        label={t("unitAdmin.nameVi")}
        rules={required(t("unitAdmin.nameVi"))}
      >
        <Input data-testid="act-name-vi" autoComplete="off" />
      </Form.Item>
      <Form.Item name="nameEn" label={t("unitAdmin.nameEn")} extra={t("unitAdmin.nameEnHelp")}>
        <Input data-testid="act-name-en" autoComplete="off" />
      </Form.Item>
      {withKind && (
        <Form.Item name="kind" label={t("unitAdmin.kind")} rules={required(t("unitAdmin.kind"))}>
          <Select
            data-testid="act-kind"
            options={KINDS.map((k) => ({ value: k, label: codeName(k, lang) }))}
          />
        </Form.Item>
      )}
    </>
  );
}

/** The fields one act needs besides its date, basis and reason. */
export function ActFields({
  act,
  picked,
  units,
}: {
  act: ActName;
  picked: VersionedUnit;
  units: readonly VersionedUnit[];
}) {
  const { t, lang } = useI18n();
  const options = (exclude: readonly string[] = []) =>
    units
      .filter((u) => !exclude.includes(u.code))
      .map((u) => ({ value: u.code, label: `${nameIn(lang, u)} (${u.code})` }));
  const required = (field: string) => [
    { required: true, message: t("unitAdmin.required", { field }) },
  ];
  const targetMode = Form.useWatch("targetMode");
  switch (act) {
    case "add":
      return <NewUnitFields withKind />;
    case "rename":
      return (
        <>
          <Form.Item
            name="nameVi"
            label={t("unitAdmin.nameVi")}
            rules={[{ ...required(t("unitAdmin.nameVi"))[0], whitespace: true }]}
          >
            <Input data-testid="act-name-vi" autoComplete="off" />
          </Form.Item>
          <Form.Item name="nameEn" label={t("unitAdmin.nameEn")} extra={t("unitAdmin.nameEnHelp")}>
            <Input data-testid="act-name-en" autoComplete="off" />
          </Form.Item>
        </>
      );
    case "move":
      return (
        <Form.Item
          name="parent"
          label={t("unitAdmin.newParent")}
          rules={required(t("unitAdmin.newParent"))}
        >
          <Select
            data-testid="act-parent"
            showSearch
            optionFilterProp="label"
            options={options([picked.code])}
          />
        </Form.Item>
      );
    case "merge":
      return (
        <>
          <Form.Item
            name="sources"
            label={t("unitAdmin.sources")}
            rules={required(t("unitAdmin.sources"))}
          >
            <Select
              data-testid="act-sources"
              mode="multiple"
              showSearch
              optionFilterProp="label"
              options={options()}
            />
          </Form.Item>
          <Form.Item name="targetMode" label={t("unitAdmin.targetMode")}>
            <Radio.Group
              options={[
                { value: "existing", label: t("unitAdmin.existing") },
                { value: "new", label: t("unitAdmin.newUnit") },
              ]}
            />
          </Form.Item>
          {targetMode === "new" ? (
            <NewUnitFields withKind={false} />
          ) : (
            <Form.Item
              name="target"
              label={t("unitAdmin.target")}
              rules={required(t("unitAdmin.target"))}
            >
              <Select
                data-testid="act-target"
                showSearch
                optionFilterProp="label"
                options={options()}
              />
            </Form.Item>
          )}
        </>
      );
    case "split":
      return <ShareFields units={units} />;
    case "dissolve":
      return null;
  }
}

/** The receiving units of a split, each existing or new, with its share. */
function ShareFields({ units }: { units: readonly VersionedUnit[] }) {
  const { t, lang } = useI18n();
  const form = Form.useFormInstance();
  const options = units.map((u) => ({ value: u.code, label: `${nameIn(lang, u)} (${u.code})` }));
  return (
    <Form.Item label={t("unitAdmin.targets")} extra={t("unitAdmin.targetsHelp")} required>
      <Form.List name="targets">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => {
              const n = index + 1;
              return (
                <fieldset key={field.key} className="share-row" data-testid={`share-${n}`}>
                  <legend>{t("unitAdmin.share", { n })}</legend>
                  <Form.Item name={[field.name, "mode"]} noStyle>
                    <Radio.Group
                      options={[
                        { value: "existing", label: t("unitAdmin.existing") },
                        { value: "new", label: t("unitAdmin.newUnit") },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() =>
                      form.getFieldValue(["targets", field.name, "mode"]) === "new" ? (
                        <Space wrap style={{ marginTop: 8 }}>
                          <Form.Item
                            name={[field.name, "code"]}
                            label={t("unitAdmin.code")}
                            normalize={(v: string) => v?.toUpperCase()}
                          >
                            <Input data-testid={`share-${n}-code`} autoComplete="off" />
                          </Form.Item>
                          <Form.Item name={[field.name, "nameVi"]} label={t("unitAdmin.nameVi")}>
                            <Input data-testid={`share-${n}-name`} autoComplete="off" />
                          </Form.Item>
                        </Space>
                      ) : (
                        <Form.Item
                          name={[field.name, "unit"]}
                          label={t("unitAdmin.existing")}
                          style={{ marginTop: 8 }}
                        >
                          <Select
                            data-testid={`share-${n}-unit`}
                            showSearch
                            optionFilterProp="label"
                            options={options}
                          />
                        </Form.Item>
                      )
                    }
                  </Form.Item>
                  <Space align="end" wrap>
                    <Form.Item
                      name={[field.name, "weight"]}
                      label={t("unitAdmin.weight")}
                      style={{ marginBottom: 0 }}
                    >
                      <InputNumber
                        data-testid={`share-${n}-weight`}
                        min={0}
                        max={1}
                        step={0.05}
                        decimalSeparator=","
                      />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button
                        icon={<MinusCircleOutlined />}
                        aria-label={t("unitAdmin.removeShare", { n })}
                        onClick={() => remove(field.name)}
                      />
                    )}
                  </Space>
                </fieldset>
              );
            })}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              data-testid="share-add"
              onClick={() => add({ mode: "new" })}
            >
              {t("unitAdmin.addShare")}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
