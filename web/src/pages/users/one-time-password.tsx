import { Alert, Modal, Typography } from "antd";
import { useI18n } from "../../i18n/index.ts";

/** A one-time password just made, shown once so the administrator can pass it on. */
export interface IssuedPassword {
  readonly username: string;
  readonly password: string;
}

/** The dialog that shows a one-time password once. */
export function OneTimePasswordDialog({
  issued,
  onClose,
}: {
  issued: IssuedPassword | undefined;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      open={issued !== undefined}
      title={issued ? t("users.oneTimeTitle", { username: issued.username }) : ""}
      onOk={onClose}
      onCancel={onClose}
      okText={t("users.oneTimeDone")}
      cancelButtonProps={{ style: { display: "none" } }}
      destroyOnHidden
    >
      <Typography.Paragraph>
        <Typography.Text
          code
          copyable
          data-testid="one-time-password"
          style={{ fontSize: 20, letterSpacing: 1 }}
        >
          {issued?.password}
        </Typography.Text>
      </Typography.Paragraph>
      <Alert type="warning" showIcon title={t("users.oneTimeHelp")} />
    </Modal>
  );
}
