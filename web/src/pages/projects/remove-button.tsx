import { Button, Popconfirm } from "antd";
import { useI18n } from "../../i18n/index.ts";

/**
 * "Xóa" with a question to confirm ("Xóa dòng giải ngân tháng 08/2023?"): nothing is deleted
 * until the user answers "Xóa". `what` names the row for the question and for screen readers.
 * Not antd's red `danger` style: its red on white is below the contrast WCAG AA asks of text.
 */
export function RemoveButton({
  what,
  onConfirm,
  testId,
}: {
  what: string;
  onConfirm: () => Promise<unknown>;
  testId?: string;
}) {
  const { t } = useI18n();
  const question = t("projects.removeConfirm", { what });
  return (
    <Popconfirm
      title={question}
      okText={t("projects.remove")}
      okButtonProps={{ "data-testid": "remove-confirm" } as never}
      cancelText={t("app.cancel")}
      onConfirm={onConfirm}
    >
      <Button size="small" aria-label={`${t("projects.remove")} ${what}`} data-testid={testId}>
        {t("projects.remove")}
      </Button>
    </Popconfirm>
  );
}
