import { Empty, List, Tag, Typography } from "antd";
import type { CheckView } from "../../api/contract.ts";
import { useI18n } from "../../i18n/index.ts";

const COLOR = { error: "red", warning: "orange", info: "blue" } as const;

/** Checks of the composed report; errors block issuing. A line link jumps to the template. */
export function ChecksPanel({
  checks,
  onJump,
}: {
  checks: readonly CheckView[];
  onJump: (line: number) => void;
}) {
  const { t } = useI18n();
  if (checks.length === 0)
    return <Empty description={t("report.noChecks")} data-testid="checks-panel" />;
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...checks].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <List
      data-testid="checks-panel"
      size="small"
      dataSource={sorted}
      style={{ maxHeight: "calc(100vh - 300px)", overflow: "auto" }}
      renderItem={(check) => (
        <List.Item
          extra={
            check.line !== undefined && (
              <Typography.Link onClick={() => onJump(check.line ?? 1)}>
                {t("report.line", { line: check.line })}
              </Typography.Link>
            )
          }
        >
          <div>
            <Tag color={COLOR[check.severity]}>{t(`severity.${check.severity}`)}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {check.kind}
            </Typography.Text>
            <div>{check.message}</div>
          </div>
        </List.Item>
      )}
    />
  );
}
