import { Button, Space, Tag, Typography } from "antd";
import { useState } from "react";
import type { ReportView } from "../../api/contract.ts";
import { SimpleList } from "../../components/simple-list.tsx";
import { fmtDateTime } from "../../format/dates.ts";
import { useI18n } from "../../i18n/index.ts";
import { CompareDrawer } from "./compare-drawer.tsx";
import { DownloadButtons } from "./download-buttons.tsx";

/** Every version of the report, newest first; issued ones can be downloaded as issued. */
export function VersionsList({ report }: { report: ReportView }) {
  const { t } = useI18n();
  const [comparing, setComparing] = useState<number>();
  // An issued version is compared with the current draft (what changed since it was issued).
  const draft = report.current.status === "draft";
  return (
    <>
      <CompareDrawer
        unit={report.unit}
        period={report.period}
        from={comparing}
        onClose={() => setComparing(undefined)}
      />
      <SimpleList
        data-testid="versions-list"
        items={report.versions}
        keyOf={(v) => v.version}
        extra={(v) =>
          v.status === "issued" && (
            <Space>
              {draft && (
                <Button
                  size="small"
                  data-testid={`compare-v${v.version}`}
                  onClick={() => setComparing(v.version)}
                >
                  {t("report.compare")}
                </Button>
              )}
              <DownloadButtons
                unit={report.unit}
                period={report.period}
                version={v.version}
                size="small"
                idSuffix={`-v${v.version}`}
              />
            </Space>
          )
        }
        render={(v) => (
          <Space orientation="vertical" size={0}>
            <Space>
              <Typography.Text strong>v{v.version}</Typography.Text>
              <Tag color={v.status === "issued" ? "green" : "default"}>
                {v.status === "issued" ? t("report.issuedTag") : t("report.draft")}
              </Tag>
              {v.version === report.current.version && (
                <Tag color="blue">{t("report.current")}</Tag>
              )}
            </Space>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {fmtDateTime(v.updatedAt)} · {v.updatedBy}
              {v.issuedAt &&
                ` · ${t("report.issuedTag")} ${fmtDateTime(v.issuedAt)} (${v.issuedBy})`}
            </Typography.Text>
          </Space>
        )}
      />
    </>
  );
}
