import { Alert, Button } from "antd";
import { useI18n } from "../i18n/index.ts";

/** A row changed by someone else (409): the server's Vietnamese message and "Tải lại". */
export function ConflictAlert({
  title,
  message,
  onReload,
  testId,
}: {
  title: string;
  message: string;
  onReload: () => void;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <Alert
      data-testid={testId}
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      title={title}
      description={message}
      action={
        <Button size="small" onClick={onReload}>
          {t("entry.reload")}
        </Button>
      }
    />
  );
}
