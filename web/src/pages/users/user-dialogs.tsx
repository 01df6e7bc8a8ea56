import { type ButtonProps, Form, Input, Modal } from "antd";
import { useI18n } from "../../i18n/index.ts";
import { GrantFields, type RoleName } from "./grant-fields.tsx";

/** What the new-account form gives. */
export interface NewAccount {
  readonly username: string;
  readonly displayName: string;
  readonly role?: RoleName;
  readonly unit?: string;
}

/** The form of a new account: its name, and optionally its first role. */
export function CreateUserDialog({
  open,
  busy,
  onCreate,
  onClose,
}: {
  open: boolean;
  busy: boolean;
  onCreate: (account: NewAccount) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<NewAccount>();
  return (
    <Modal
      open={open}
      title={t("users.add")}
      okText={t("users.create")}
      cancelText={t("users.cancel")}
      okButtonProps={{ "data-testid": "user-create-submit", loading: busy } as ButtonProps}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<NewAccount> form={form} layout="vertical" onFinish={onCreate} preserve={false}>
        <Form.Item
          name="username"
          label={t("users.username")}
          extra={t("users.usernameHelp")}
          rules={[{ required: true, message: t("users.username") }]}
        >
          <Input data-testid="user-username" autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t("users.displayName")}>
          <Input data-testid="user-display-name" autoComplete="off" />
        </Form.Item>
        <GrantFields required={false} />
      </Form>
    </Modal>
  );
}

/** The form of a role to give an existing account. */
export function GrantDialog({
  username,
  busy,
  onGrant,
  onClose,
}: {
  username: string | undefined;
  busy: boolean;
  onGrant: (grant: { role: RoleName; unit: string }) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ role: RoleName; unit: string }>();
  return (
    <Modal
      open={username !== undefined}
      title={`${t("users.grant")} — ${username ?? ""}`}
      okText={t("users.save")}
      cancelText={t("users.cancel")}
      okButtonProps={{ "data-testid": "grant-submit", loading: busy } as ButtonProps}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onGrant} preserve={false}>
        <GrantFields required />
      </Form>
    </Modal>
  );
}

/** The address an account's reminders are e-mailed to; empty clears it. */
export function EmailDialog({
  account,
  busy,
  onSave,
  onClose,
}: {
  account: { username: string; email: string | null } | undefined;
  busy: boolean;
  onSave: (email: string | null) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ email: string }>();
  return (
    <Modal
      open={account !== undefined}
      title={t("users.emailEdit", { username: account?.username ?? "" })}
      okText={t("users.save")}
      cancelText={t("users.cancel")}
      okButtonProps={{ "data-testid": "user-email-submit", loading: busy } as ButtonProps}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<{ email: string }>
        form={form}
        layout="vertical"
        initialValues={{ email: account?.email ?? "" }}
        onFinish={(values) => onSave(values.email.trim() || null)}
        preserve={false}
      >
        <Form.Item
          name="email"
          label={t("users.email")}
          extra={t("users.emailHelp")}
          rules={[{ type: "email", message: t("users.emailInvalid") }]}
        >
          <Input data-testid="user-email" type="email" autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
