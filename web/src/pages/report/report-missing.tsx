import { useMutation } from "@tanstack/react-query";
import { App, Button, Empty } from "antd";
import dayjs from "dayjs";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { errorMessage } from "../../api/errors.ts";
import { fmtMonth } from "../../format/dates.ts";
import { useI18n } from "../../i18n/index.ts";
import { hasRole } from "../../session/roles.ts";
import { useSession } from "../../session/session.tsx";

interface Props {
  readonly unit: string;
  readonly period: string;
  readonly onCreated: () => void;
}

/** No report for the month yet: the office can start it from the previous month's. */
export function ReportMissing({ unit, period, onCreated }: Props) {
  const { t } = useI18n();
  const { message: toast } = App.useApp();
  const { user } = useSession();
  const previous = dayjs(`${period}-01`).subtract(1, "month").format("YYYY-MM");
  const carry = useMutation({
    mutationFn: () => call(api.reports.carryForward, { params: { unit, period: previous } }),
    onSuccess: () => onCreated(),
    onError: (error) => toast.error(errorMessage(error)),
  });
  return (
    <Empty
      data-testid="report-missing"
      style={{ marginTop: 64 }}
      description={<div>{t("report.notFound")}</div>}
    >
      {hasRole(user, "office", "admin") && (
        <Button
          type="primary"
          loading={carry.isPending}
          data-testid="report-start"
          onClick={() => carry.mutate()}
        >
          {t("report.startFrom", { month: fmtMonth(previous) })}
        </Button>
      )}
    </Empty>
  );
}
