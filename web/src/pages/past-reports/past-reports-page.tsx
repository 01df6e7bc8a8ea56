import { FileSearchOutlined, InboxOutlined } from "@ant-design/icons";
import {
  Alert,
  Button,
  Card,
  Collapse,
  DatePicker,
  Form,
  List,
  Space,
  Spin,
  Tag,
  Typography,
  Upload,
} from "antd";
import dayjs from "dayjs";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { ApiError, type FormUploadResult } from "../../api/contract.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { useI18n } from "../../i18n/index.ts";
import { useUnitPeriod, useUnitPeriodSearch } from "../../layout/use-unit-period.ts";
import { PreviewTable } from "../import/preview-table.tsx";
import {
  importReviewed,
  keyOf,
  type PastReportsRead,
  type ReviewedValue,
  readPastReports,
} from "./past-report-files.ts";
import { RecoveredTable } from "./recovered-table.tsx";

type Step =
  | { readonly kind: "idle" }
  | { readonly kind: "busy"; readonly what: "reading" | "importing" }
  | { readonly kind: "read"; readonly read: PastReportsRead }
  | { readonly kind: "preview"; readonly read: PastReportsRead; readonly result: FormUploadResult }
  | { readonly kind: "written"; readonly result: FormUploadResult }
  | { readonly kind: "failed"; readonly message: string; readonly read?: PastReportsRead };

/** The same month a year before: where last year's report belongs. */
function lastYear(period: string): string {
  return dayjs(`${period}-01`).subtract(1, "year").format("YYYY-MM");
}

/**
 * "Nhập số liệu từ báo cáo cũ": last year's reports (Word, text) read back against the unit's
 * template; the clerk reviews each value beside its sentence, corrects or leaves some out, then
 * imports through the same preview as an Excel form (nothing saved since is overwritten).
 */
export function PastReportsPage() {
  const { t } = useI18n();
  const { unit, period } = useUnitPeriod();
  const search = useUnitPeriodSearch();
  const [pastPeriod, setPastPeriod] = useState(() => lastYear(period));
  const [files, setFiles] = useState<File[]>([]);
  const [template, setTemplate] = useState<File>();
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const [corrected, setCorrected] = useState<Map<string, number>>(new Map());
  const [left, setLeft] = useState<Set<string>>(new Set());

  const read = step.kind === "read" || step.kind === "preview" ? step.read : undefined;
  const reviewed: ReviewedValue[] = useMemo(
    () =>
      (read?.values ?? [])
        .filter((v) => !left.has(keyOf(v)))
        .map((v) => ({ read: v, value: corrected.get(keyOf(v)) ?? v.value })),
    [read, corrected, left],
  );

  const fail = (error: unknown, readBefore?: PastReportsRead) =>
    setStep({
      kind: "failed",
      message: error instanceof ApiError || error instanceof Error ? error.message : String(error),
      ...(readBefore ? { read: readBefore } : {}),
    });
  const readFiles = async () => {
    setStep({ kind: "busy", what: "reading" });
    try {
      const answer = await readPastReports(unit, pastPeriod, files, template);
      setCorrected(new Map());
      setLeft(new Set());
      setStep({ kind: "read", read: answer });
    } catch (error) {
      fail(error);
    }
  };
  const send = async (confirm: boolean) => {
    if (!read) return;
    setStep({ kind: "busy", what: "importing" });
    try {
      const result = await importReviewed(reviewed, confirm);
      setStep(confirm ? { kind: "written", result } : { kind: "preview", read, result });
    } catch (error) {
      fail(error, read);
    }
  };

  const disagree = read?.checks.filter((c) => c.verdict === "disagree") ?? [];
  const result = step.kind === "preview" || step.kind === "written" ? step.result : undefined;
  const writes = result ? result.counts.new + result.counts.changed : 0;
  return (
    <>
      <PageTitle title={t("past.title")} />
      <Typography.Paragraph>{t("past.intro")}</Typography.Paragraph>
      <Card size="small">
        <Form layout="vertical">
          <Space wrap align="start">
            <Form.Item label={t("past.period")} htmlFor="past-period">
              <DatePicker
                id="past-period"
                data-testid="past-period"
                picker="month"
                format="MM/YYYY"
                allowClear={false}
                inputReadOnly
                value={dayjs(`${pastPeriod}-01`)}
                onChange={(d) => d && setPastPeriod(d.format("YYYY-MM"))}
              />
            </Form.Item>
            <Form.Item label={t("past.template")} extra={t("past.templateNote")}>
              <Upload
                accept=".md,.txt"
                maxCount={1}
                beforeUpload={(file) => {
                  setTemplate(file);
                  return false;
                }}
                onRemove={() => setTemplate(undefined)}
              >
                <Button>{t("past.chooseTemplate")}</Button>
              </Upload>
            </Form.Item>
          </Space>
        </Form>
        <Upload.Dragger
          data-testid="past-files"
          accept=".docx,.pdf,.txt,.md"
          multiple
          fileList={files.map((f, i) => ({ uid: `${i}-${f.name}`, name: f.name, status: "done" }))}
          beforeUpload={(file) => {
            setFiles((now) => [...now, file]);
            return false;
          }}
          onRemove={(removed) => setFiles((now) => now.filter((f) => f.name !== removed.name))}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t("past.drop")}</p>
          <p className="ant-upload-hint">{t("past.dropNote")}</p>
        </Upload.Dragger>
        <Button
          data-testid="past-read"
          type="primary"
          icon={<FileSearchOutlined />}
          style={{ marginTop: 12 }}
          disabled={files.length === 0 || step.kind === "busy"}
          onClick={() => void readFiles()}
        >
          {t("past.read")}
        </Button>
      </Card>

      {step.kind === "busy" && (
        <Spin
          style={{ marginTop: 16 }}
          tip={t(step.what === "reading" ? "past.reading" : "past.importing")}
        />
      )}
      {step.kind === "failed" && (
        <Alert
          data-testid="past-error"
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          title={step.message}
        />
      )}

      {read && (
        <Card
          size="small"
          style={{ marginTop: 16 }}
          title={t("past.found", { n: read.values.length })}
        >
          <Alert
            type={disagree.length > 0 ? "warning" : "info"}
            showIcon
            style={{ marginBottom: 12 }}
            title={<span data-testid="past-summary">{read.summary[0]}</span>}
            description={
              <ul className="plain-list">
                {read.summary.slice(1, 6).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            }
          />
          <RecoveredTable
            values={read.values}
            corrected={corrected}
            left={left}
            onCorrect={(key, value) =>
              setCorrected((now) => {
                const next = new Map(now);
                if (value === undefined) next.delete(key);
                else next.set(key, value);
                return next;
              })
            }
            onLeave={(key, leave) =>
              setLeft((now) => {
                const next = new Set(now);
                if (leave) next.add(key);
                else next.delete(key);
                return next;
              })
            }
          />
          <Collapse
            style={{ marginTop: 12 }}
            items={[
              {
                key: "unread",
                label: t("past.unread", { n: read.unread.length }),
                children: (
                  <List
                    size="small"
                    dataSource={read.unread}
                    renderItem={(u) => (
                      <List.Item>
                        <span>
                          <Typography.Text code>{u.figure}</Typography.Text> — {u.reason}
                        </span>
                      </List.Item>
                    )}
                  />
                ),
              },
              {
                key: "checks",
                label: t("past.checks", {
                  agree: read.checks.filter((c) => c.verdict === "agree").length,
                  disagree: disagree.length,
                }),
                children: (
                  <List
                    size="small"
                    dataSource={read.checks.filter((c) => c.verdict !== "agree")}
                    renderItem={(c) => (
                      <List.Item>
                        <span>
                          <Tag color={c.verdict === "disagree" ? "orange" : "default"}>
                            {t(c.verdict === "disagree" ? "past.disagree" : "past.unknown")}
                          </Tag>
                          <Typography.Text code>{c.figure}</Typography.Text>:{" "}
                          {t("past.written", { written: c.written })}
                          {c.expected ? ` — ${t("past.expected", { expected: c.expected })}` : ""}
                          {c.reason ? ` (${c.reason})` : ""}
                        </span>
                      </List.Item>
                    )}
                  />
                ),
              },
            ]}
          />
          <Button
            data-testid="past-preview"
            style={{ marginTop: 12 }}
            disabled={reviewed.length === 0}
            onClick={() => void send(false)}
          >
            {t("past.preview", { n: reviewed.length })}
          </Button>
        </Card>
      )}

      {result && (
        <Card size="small" style={{ marginTop: 16 }} title={t("past.previewTitle")}>
          <Space wrap style={{ marginBottom: 12 }}>
            {(["new", "changed", "unchanged", "conflict"] as const).map((kind) => (
              <Tag key={kind} data-testid={`past-count-${kind}`} data-count={result.counts[kind]}>
                {t(`past.count.${kind}`)}: {result.counts[kind]}
              </Tag>
            ))}
          </Space>
          <PreviewTable changes={result.changes.filter((c) => c.kind !== "unchanged")} />
          {step.kind === "preview" &&
            (writes > 0 ? (
              <Button
                data-testid="past-confirm"
                type="primary"
                style={{ marginTop: 12 }}
                onClick={() => void send(true)}
              >
                {t("past.confirm", { n: writes })}
              </Button>
            ) : (
              <Typography.Paragraph data-testid="past-nothing" style={{ marginTop: 12 }}>
                {t("past.nothing")}
              </Typography.Paragraph>
            ))}
          {step.kind === "written" && (
            <Alert
              data-testid="past-written"
              type="success"
              showIcon
              style={{ marginTop: 12 }}
              title={t("past.writtenDone", { n: writes })}
              action={<Link to={`/${search}`}>{t("past.toDashboard")}</Link>}
            />
          )}
        </Card>
      )}
    </>
  );
}
