import { Empty, Tag, Typography } from "antd";
import type { CheckView } from "../../api/contract.ts";
import { SimpleList } from "../../components/simple-list.tsx";
import { codeName, useI18n } from "../../i18n/index.ts";

const COLOR = { error: "red", warning: "orange", info: "blue" } as const;

/** Checks of the composed report; errors block issuing. A line link jumps to the template. */
export function ChecksPanel({
  checks,
  onJump,
}: {
  checks: readonly CheckView[];
  onJump: (line: number) => void;
}) {
  const { t, lang } = useI18n();
  if (checks.length === 0)
    return <Empty description={t("report.noChecks")} data-testid="checks-panel" />;
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...checks].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <SimpleList
      data-testid="checks-panel"
      items={sorted}
      keyOf={(check, i) => `${check.kind}:${check.line}:${i}`}
      style={{ maxHeight: "calc(100vh - 300px)", overflow: "auto" }}
      extra={(check) =>
        check.line !== undefined && (
          <Typography.Link onClick={() => onJump(check.line ?? 1)}>
            {t("report.line", { line: check.line })}
          </Typography.Link>
        )
      }
      render={(check) => (
        <div>
          <Tag color={COLOR[check.severity]}>{t(`severity.${check.severity}`)}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {codeName(`check.${check.kind}`, lang)}
          </Typography.Text>
          <div>{check.message}</div>
        </div>
      )}
    />
  );
}
