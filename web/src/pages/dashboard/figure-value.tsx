import { Tooltip, Typography } from "antd";
import type { Figure } from "../../api/contract.ts";
import { useFormat } from "../../format/use-format.ts";
import { useI18n } from "../../i18n/index.ts";

/**
 * A computed figure: the number, "(ước)" when any part is an estimate, and its provenance on
 * hover when the answer carries one (the dashboard leaves it out to stay small).
 */
export function FigureValue({
  figure,
  decimals,
}: {
  figure: Pick<Figure, "value" | "status"> & { provenance?: Figure["provenance"] };
  decimals: number;
}) {
  const { t } = useI18n();
  const f = useFormat();
  const p = figure.provenance;
  const tip = !p
    ? undefined
    : p.formula
      ? `= ${p.formula}`
      : p.months.length > 0
        ? `${p.values} × ${p.months.join(", ")}`
        : undefined;
  return (
    <Tooltip title={tip}>
      <span style={{ whiteSpace: "nowrap" }}>
        {f.num(figure.value, decimals)}
        {figure.status === "estimate" && figure.value !== null && (
          <Typography.Text type="secondary" italic style={{ marginLeft: 4, fontSize: 12 }}>
            {t("dash.estimate")}
          </Typography.Text>
        )}
      </span>
    </Tooltip>
  );
}
