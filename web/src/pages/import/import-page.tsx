import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Checkbox, Space, Spin, Tag, Upload } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { ApiError, type FormUploadResult } from "../../api/contract.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { useI18n } from "../../i18n/index.ts";
import { useUnitPeriod, useUnitPeriodSearch } from "../../layout/use-unit-period.ts";
import { downloadForm, uploadForm } from "./form-files.ts";
import { PreviewTable } from "./preview-table.tsx";
import { importText } from "./texts.ts";

type State =
  | { readonly step: "idle" }
  | { readonly step: "busy" }
  | { readonly step: "preview"; readonly file: File; readonly result: FormUploadResult }
  | { readonly step: "written"; readonly result: FormUploadResult }
  | { readonly step: "failed"; readonly message: string };

/**
 * Excel forms: download the form of the unit and month picked, fill it in Excel, drop it here,
 * review what would change (new, changed old → new, conflicts), then confirm.
 */
export function ImportPage() {
  const { lang } = useI18n();
  const { unit, period } = useUnitPeriod();
  const search = useUnitPeriodSearch();
  const [state, setState] = useState<State>({ step: "idle" });
  const [all, setAll] = useState(false);
  const text = (key: Parameters<typeof importText>[1], n?: number) => importText(lang, key, n);

  const run = async (work: () => Promise<State>) => {
    setState({ step: "busy" });
    try {
      setState(await work());
    } catch (error) {
      setState({
        step: "failed",
        message:
          error instanceof ApiError || error instanceof Error ? error.message : String(error),
      });
    }
  };
  const preview = (file: File) =>
    run(async () => ({ step: "preview", file, result: await uploadForm(file, false) }));
  const confirm = (file: File) =>
    run(async () => ({ step: "written", result: await uploadForm(file, true) }));

  const result = state.step === "preview" || state.step === "written" ? state.result : undefined;
  const writes = result ? result.counts.new + result.counts.changed : 0;
  return (
    <>
      <PageTitle
        title={text("title")}
        extra={
          <Button
            data-testid="import-download"
            icon={<DownloadOutlined />}
            onClick={() => void downloadForm([unit], period)}
          >
            {text("download")}
          </Button>
        }
      />
      <Card size="small" data-testid="import-dropzone">
        <Upload.Dragger
          accept=".xlsx"
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            void preview(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{text("dropHint")}</p>
          <p className="ant-upload-hint">{text("dropNote")}</p>
        </Upload.Dragger>
      </Card>
      {state.step === "busy" && <Spin style={{ marginTop: 16 }} tip={text("reading")} />}
      {state.step === "failed" && (
        <Alert
          data-testid="import-error"
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          message={state.message}
        />
      )}
      {result && (
        <Card size="small" style={{ marginTop: 16 }}>
          <Space wrap style={{ marginBottom: 12 }}>
            {(["new", "changed", "unchanged", "conflict"] as const).map((kind) => (
              <Tag key={kind} data-testid={`import-count-${kind}`} data-count={result.counts[kind]}>
                {text(kind)}: {result.counts[kind]}
              </Tag>
            ))}
            <Checkbox checked={all} onChange={(e) => setAll(e.target.checked)}>
              {text("showUnchanged")}
            </Checkbox>
          </Space>
          {result.counts.conflict > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={text("conflictsNote")}
            />
          )}
          <PreviewTable changes={result.changes.filter((c) => all || c.kind !== "unchanged")} />
          {state.step === "preview" && (
            <Space style={{ marginTop: 12 }}>
              {writes > 0 ? (
                <Button
                  data-testid="import-confirm"
                  type="primary"
                  onClick={() => void confirm(state.file)}
                >
                  {text("confirm", writes)}
                </Button>
              ) : (
                <span data-testid="import-nothing">{text("nothing")}</span>
              )}
            </Space>
          )}
          {state.step === "written" && (
            <Alert
              data-testid="import-written"
              type="success"
              showIcon
              style={{ marginTop: 12 }}
              message={text("written", writes)}
              action={<Link to={`/${search}`}>{text("toDashboard")}</Link>}
            />
          )}
        </Card>
      )}
    </>
  );
}
