import { Empty, Tag } from "antd";
import type { FindingView } from "../../api/contract.ts";
import { SimpleList } from "../../components/simple-list.tsx";
import { useI18n } from "../../i18n/index.ts";

const COLOR: Record<string, string> = { error: "red", warning: "orange", info: "blue" };

/**
 * Validation findings of the unit and month, in words only: the rule's message names the
 * indicators and writes the figures; its code and formula are for whoever wrote the rule.
 */
export function FindingsList({ findings }: { findings: readonly FindingView[] }) {
  const { t } = useI18n();
  if (findings.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("entry.noFindings")} />;
  return (
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
        </div>
      )}
    />
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
