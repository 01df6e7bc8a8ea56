import { Segmented, Space, Tooltip, Typography } from "antd";
import type { FigureBasis } from "../../api/contract.ts";
import { useI18n } from "../../i18n/index.ts";

/**
 * The preview's switch between all entered figures and the figures of approved forms only; on
 * the latter, the units whose form for the month is not approved are left out of every total.
 */
export function FigureBasisSwitch({
  value,
  onChange,
}: {
  value: FigureBasis;
  onChange: (basis: FigureBasis) => void;
}) {
  const { t } = useI18n();
  return (
    <Space size={8} wrap style={{ marginBottom: 8 }}>
      <Typography.Text type="secondary">{t("report.basis")}</Typography.Text>
      <Tooltip title={t("report.basisHelp")}>
        <Segmented<FigureBasis>
          size="small"
          data-testid="figure-basis"
          aria-label={t("report.basis")}
          value={value}
          onChange={onChange}
          options={[
            { value: "entered", label: t("report.basisEntered") },
            { value: "approved", label: t("report.basisApproved") },
          ]}
        />
      </Tooltip>
    </Space>
  );
}
