import { useMutation, useQuery } from "@tanstack/react-query";
import { App, Button, Empty, Space } from "antd";
import { formatPeriodId, parsePeriod, previousPeriod } from "../../../../src/core/periods/index.ts";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { errorMessage } from "../../api/errors.ts";
import { useUnits } from "../../api/shared-queries.ts";
import { endOfMonth } from "../../format/dates.ts";
import { useI18n } from "../../i18n/index.ts";
import { hasRole } from "../../session/roles.ts";
import { useSession } from "../../session/session.tsx";
import { blankTemplate } from "./blank-template.ts";
import { lastMonthOf, periodName } from "./report-period.ts";

const MONTH_ID = /^\d{4}-\d{2}$/;

interface Props {
  readonly unit: string;
  readonly period: string;
  readonly onCreated: () => void;
}

/**
 * No report for the period yet: the office starts it from the previous period's report, or —
 * for the first quarterly, half-year or yearly report — from the text of the monthly report of
 * the period's end (usually the one just issued), to be reworded for the longer period; the
 * very first report of a new installation starts from a blank skeleton.
 */
export function ReportMissing({ unit, period, onCreated }: Props) {
  const { t, lang } = useI18n();
  const { message: toast } = App.useApp();
  const { user } = useSession();
  const previous = formatPeriodId(previousPeriod(parsePeriod(period)));
  const carry = useMutation({
    mutationFn: () => call(api.reports.carryForward, { params: { unit, period: previous } }),
    onSuccess: () => onCreated(),
    onError: (error) => toast.error(errorMessage(error)),
  });
  // The newest monthly report up to the period's end: the first quarterly report starts there.
  const list = useQuery({
    queryKey: ["reports", unit],
    queryFn: () => call(api.reports.list, { query: { unit } }),
    enabled: period !== lastMonthOf(period),
  });
  const month = list.data?.reports
    .map((r) => r.period)
    .find((p) => MONTH_ID.test(p) && p <= lastMonthOf(period));
  const fromMonth = useMutation({
    mutationFn: async () => {
      if (!month) return;
      const monthly = await call(api.reports.get, { params: { unit, period: month } });
      return call(api.reports.saveDraft, {
        params: { unit, period },
        body: { template: monthly.current.template, expectedVersion: 1 },
      });
    },
    onSuccess: () => onCreated(),
    onError: (error) => toast.error(errorMessage(error)),
  });
  // A commune's first report has no earlier one to start from: a short skeleton, written on.
  const units = useUnits(endOfMonth(lastMonthOf(period)));
  const issuing = units.data?.units.find((u) => u.code === unit);
  const blank = useMutation({
    mutationFn: () =>
      call(api.reports.saveDraft, {
        params: { unit, period },
        body: { template: blankTemplate(issuing), expectedVersion: 1 },
      }),
    onSuccess: () => onCreated(),
    onError: (error) => toast.error(errorMessage(error)),
  });
  const office = hasRole(user, "office", "admin");
  return (
    <Empty
      data-testid="report-missing"
      style={{ marginTop: 64 }}
      description={<div>{t("report.notFound")}</div>}
    >
      {office && (
        <Space wrap>
          <Button
            type="primary"
            loading={carry.isPending}
            data-testid="report-start"
            onClick={() => carry.mutate()}
          >
            {t("report.startFrom", { month: periodName(previous, lang) })}
          </Button>
          {month && month !== period && (
            <Button
              loading={fromMonth.isPending}
              data-testid="report-start-from-month"
              onClick={() => fromMonth.mutate()}
            >
              {t("report.startFrom", { month: periodName(month, lang) })}
            </Button>
          )}
          <Button
            loading={blank.isPending}
            data-testid="report-start-blank"
            onClick={() => blank.mutate()}
          >
            {t("report.startBlank")}
          </Button>
        </Space>
      )}
    </Empty>
  );
}
