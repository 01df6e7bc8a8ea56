import { BellOutlined } from "@ant-design/icons";
import { useMutation } from "@tanstack/react-query";
import { App, Button } from "antd";
import { call } from "../../api/client.ts";
import { api, type SubmissionItem } from "../../api/contract.ts";
import { errorMessage } from "../../api/errors.ts";
import { useI18n } from "../../i18n/index.ts";

/** "Nhắc": reminds the unit's reporters of a form still to be sent (once a day each). */
export function RemindButton({ item }: { item: SubmissionItem }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const remind = useMutation({
    mutationFn: () =>
      call(api.reminders.remind, {
        body: { regime: item.regime, unit: item.unit, period: item.period },
      }),
    // Braces: a message is a thenable, and returned it would hold the mutation until it closes.
    onSuccess: (outcome) => {
      if (outcome.given > 0)
        message.success(t("todo.reminded", { count: outcome.given, unit: item.unitName }));
      else message.info(t("todo.remindedNone", { unit: item.unitName }));
    },
    onError: (error) => {
      message.error(errorMessage(error));
    },
  });
  if (!item.remindable) return null;
  return (
    <Button
      size="small"
      icon={<BellOutlined />}
      loading={remind.isPending}
      data-testid={`remind-${item.unit}`}
      onClick={() => remind.mutate()}
    >
      {t("todo.remind")}
    </Button>
  );
}
