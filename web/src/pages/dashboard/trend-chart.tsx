import { useQuery } from "@tanstack/react-query";
import { Card, Empty, Spin } from "antd";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { useFormat } from "../../format/use-format.ts";
import { useI18n } from "../../i18n/index.ts";
import { LineChart } from "./line-chart.tsx";

interface Props {
  readonly unit: string;
  readonly period: string;
  readonly indicator: string | undefined;
  readonly title: string;
  readonly decimals: number;
}

/** This year against last year, month by month, for one indicator. */
export function TrendChart({ unit, period, indicator, title, decimals }: Props) {
  const { t } = useI18n();
  const f = useFormat();
  const series = useQuery({
    queryKey: ["series", unit, indicator, period],
    queryFn: () =>
      call(api.dashboard.series, { query: { unit, indicator: indicator ?? "", period } }),
    enabled: indicator !== undefined,
  });
  const year = Number(period.slice(0, 4));
  const points = series.data?.points ?? [];
  const option = {
    tooltip: {
      trigger: "axis",
      valueFormatter: (v: unknown) => (typeof v === "number" ? f.num(v, decimals) : "—"),
    },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: {
      type: "category",
      data: points.map((p) => t("dash.monthShort", { month: Number(p.period.slice(5, 7)) })),
    },
    yAxis: {
      type: "value",
      // Compare the two years: the axis fits the values rather than starting at zero.
      scale: true,
      axisLabel: { formatter: (v: number) => f.num(v, Math.min(decimals, 2)) },
    },
    series: [
      {
        name: t("dash.thisYear", { year: year - 1 }),
        type: "line",
        data: points.map((p) => p.lastYear),
        itemStyle: { color: "#b0b0b0" },
        lineStyle: { type: "dashed" },
      },
      {
        name: t("dash.thisYear", { year }),
        type: "line",
        data: points.map((p) => p.value),
        itemStyle: { color: "#1d4e89" },
        connectNulls: false,
      },
    ],
  };
  return (
    <Card size="small" title={`${t("dash.trend")}: ${title}`} data-testid="trend-chart">
      {indicator === undefined ? (
        <Empty description={t("dash.trendHint")} />
      ) : series.isLoading ? (
        <Spin />
      ) : (
        <LineChart option={option} height={280} />
      )}
    </Card>
  );
}
