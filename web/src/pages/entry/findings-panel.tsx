import { Card, Empty, Tag } from "antd";
import type { FindingView } from "../../api/contract.ts";
import { SimpleList } from "../../components/simple-list.tsx";
import { useFormat } from "../../format/use-format.ts";
import { useI18n } from "../../i18n/index.ts";

const COLOR: Record<string, string> = { error: "red", warning: "orange", info: "blue" };

/** Validation findings of the unit and month: the rule, its message and the values it read. */
export function FindingsPanel({ findings }: { findings: readonly FindingView[] }) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <Card
      size="small"
      title={`${t("entry.findings")} (${findings.length})`}
      data-testid="findings-panel"
    >
      {findings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("entry.noFindings")} />
      ) : (
        <SimpleList
          items={findings}
          keyOf={(finding, i) => `${finding.rule}:${i}`}
          render={(finding) => (
            <div>
              <Tag color={COLOR[finding.severity] ?? "default"}>
                {t(
                  finding.severity === "error"
                    ? "severity.error"
                    : finding.severity === "warning"
                      ? "severity.warning"
                      : "severity.info",
                )}
              </Tag>
              {finding.message}
              <div style={{ color: "#888", fontSize: 12 }}>
                {finding.rule}
                {finding.values.length > 0 &&
                  ` · ${finding.values.map((v) => `${v.reference} = ${f.num(v.value, 3)}`).join("; ")}`}
              </div>
            </div>
          )}
        />
      )}
    </Card>
  );
}

/** Finding messages by the indicator codes their references mention. */
export function findingsByIndicator(
  findings: readonly FindingView[],
  codes: readonly string[],
): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const finding of findings)
    for (const code of codes) {
      const pattern = new RegExp(`(^|[^a-z0-9_])${code}([^a-z0-9_]|$)`);
      const hit =
        finding.values.some((v) => pattern.test(v.reference)) || pattern.test(finding.rule);
      if (hit) result.set(code, [...(result.get(code) ?? []), finding.message]);
    }
  return result;
}
