import { Tooltip, Typography } from "antd";
import type { Figure } from "../../api/contract.ts";
import { useFormat } from "../../format/use-format.ts";
import { useI18n } from "../../i18n/index.ts";

/** A computed figure: the number, "(ước)" when any part is an estimate, provenance on hover. */
export function FigureValue({ figure, decimals }: { figure: Figure; decimals: number }) {
  const { t } = useI18n();
  const f = useFormat();
  const p = figure.provenance;
  const tip = p.formula
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
