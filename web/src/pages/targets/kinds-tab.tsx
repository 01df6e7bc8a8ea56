import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, Modal, Popconfirm, Space, Table, Tooltip } from "antd";
import { useState } from "react";
import { call } from "../../api/client.ts";
import { api, type TargetKindView } from "../../api/contract.ts";
import { useI18n } from "../../i18n/index.ts";
import { useChangeFailure } from "./use-targets.ts";

type KindForm = Omit<TargetKindView, "version" | "used">;

/** The "Loại chỉ tiêu" tab: the kinds with their labels; administrators add, edit and remove. */
export function KindsTab({
  kinds,
  canEdit,
}: {
  kinds: readonly TargetKindView[];
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { failed } = useChangeFailure();
  const [editing, setEditing] = useState<TargetKindView | "new">();
  const [form] = Form.useForm<KindForm>();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ["target-kinds"] });
    void queryClient.invalidateQueries({ queryKey: ["targets"] });
  };
  const save = useMutation({
    mutationFn: (values: KindForm) =>
      call(api.targets.saveKind, {
        params: { code: values.code.trim() },
        body: {
          expected: editing === "new" || editing === undefined ? null : editing.version,
          nameVi: values.nameVi,
          nameEn: values.nameEn,
          phraseVi: values.phraseVi,
          ...(values.description ? { description: values.description } : {}),
        },
      }),
    onSuccess: () => {
      setEditing(undefined);
      message.success(t("targets.saved"));
      refresh();
    },
    onError: failed,
  });
  const remove = useMutation({
    mutationFn: (kind: TargetKindView) =>
      call(api.targets.removeKind, {
        params: { code: kind.code },
        body: { expected: kind.version },
      }),
    onSuccess: () => {
      message.success(t("targets.removed"));
      refresh();
    },
    onError: failed,
  });
  const open = (kind: TargetKindView | "new") => {
    form.resetFields();
    if (kind !== "new") form.setFieldsValue(kind);
    setEditing(kind);
  };
  return (
    <>
      {canEdit && (
        <Button
          icon={<PlusOutlined />}
          style={{ marginBottom: 12 }}
          data-testid="kind-add"
          onClick={() => open("new")}
        >
          {t("targets.kindAdd")}
        </Button>
      )}
      <Table<TargetKindView>
        data-testid="kinds-table"
        size="small"
        rowKey="code"
        pagination={false}
        scroll={{ x: true }}
        dataSource={[...kinds]}
        columns={[
          { title: t("targets.kindNameVi"), dataIndex: "nameVi" },
          { title: t("targets.kindCode"), dataIndex: "code", responsive: ["sm"] },
          { title: t("targets.kindPhrase"), dataIndex: "phraseVi", responsive: ["md"] },
          { title: t("targets.kindUsed"), dataIndex: "used", align: "right" },
          ...(canEdit
            ? [
                {
                  title: t("targets.actions"),
                  key: "actions",
                  render: (_: unknown, kind: TargetKindView) => (
                    <Space wrap>
                      <Button
                        size="small"
                        data-testid={`kind-edit-${kind.code}`}
                        onClick={() => open(kind)}
                      >
                        {t("targets.kindEdit")}
                      </Button>
                      {kind.used > 0 ? (
                        <Tooltip title={t("targets.kindInUse", { count: kind.used })}>
                          <Button size="small" disabled>
                            {t("targets.remove")}
                          </Button>
                        </Tooltip>
                      ) : (
                        <Popconfirm
                          title={t("targets.kindRemoveConfirm", { name: kind.nameVi })}
                          okText={t("targets.remove")}
                          cancelText={t("targets.cancel")}
                          onConfirm={() => remove.mutate(kind)}
                        >
                          <Button size="small" data-testid={`kind-remove-${kind.code}`}>
                            {t("targets.remove")}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing !== undefined && (
        <Modal
          open
          title={editing === "new" ? t("targets.kindAdd") : t("targets.kindEdit")}
          okText={t("targets.save")}
          cancelText={t("targets.cancel")}
          okButtonProps={{ loading: save.isPending, "data-testid": "kind-save" }}
          onOk={() => form.submit()}
          onCancel={() => setEditing(undefined)}
        >
          <Form<KindForm> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
            <Form.Item
              name="nameVi"
              label={t("targets.kindNameVi")}
              rules={[{ required: true, whitespace: true, message: t("targets.required") }]}
            >
              <Input data-testid="kind-name-vi" />
            </Form.Item>
            <Form.Item
              name="code"
              label={t("targets.kindCode")}
              extra={t("targets.kindCodeHelp")}
              rules={[
                { required: true, message: t("targets.required") },
                { pattern: /^[a-z][a-z0-9_]*$/, message: t("targets.kindCodeHelp") },
              ]}
            >
              <Input disabled={editing !== "new"} data-testid="kind-code" />
            </Form.Item>
            <Form.Item
              name="phraseVi"
              label={t("targets.kindPhrase")}
              rules={[{ required: true, whitespace: true, message: t("targets.required") }]}
            >
              <Input data-testid="kind-phrase" />
            </Form.Item>
            <Form.Item
              name="nameEn"
              label={t("targets.kindNameEn")}
              rules={[{ required: true, whitespace: true, message: t("targets.required") }]}
            >
              <Input data-testid="kind-name-en" />
            </Form.Item>
            <Form.Item name="description" label={t("targets.kindDescription")}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}
