import { DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Modal, Table, Tag, Upload } from "antd";
import { useState } from "react";
import { call } from "../../api/client.ts";
import { ApiError, api, type TargetUploadChangeView } from "../../api/contract.ts";
import { errorMessage } from "../../api/errors.ts";
import { saveFile } from "../../export/save-file.ts";
import { useFormat } from "../../format/use-format.ts";
import { type MessageKey, useI18n } from "../../i18n/index.ts";

type UploadResult = Awaited<ReturnType<typeof send>>;

async function send(unit: string, year: number, file: File, confirm: boolean) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return call(api.targets.upload, {
    body: { unit, year, fileName: file.name, content: btoa(binary), confirm },
  });
}

/** The problems of a refused file, one per cell: "Chỉ tiêu!E8: … không phải là số." */
function problemsOf(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [errorMessage(error)];
  const problems = (error.details as { problems?: { field?: string; message: string }[] })
    ?.problems;
  return problems?.length
    ? problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message))
    : [error.message];
}

const COLOR = { new: "green", changed: "orange", unchanged: "default", conflict: "red" } as const;

/** "Tải mẫu Excel" and the upload back: a preview of new, changed and unchanged, then all or nothing. */
export function TargetsExcel({
  unit,
  year,
  canEdit,
}: {
  unit: string;
  year: number;
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const f = useFormat();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [preview, setPreview] = useState<{ file: File; result: UploadResult }>();
  const [problems, setProblems] = useState<string[]>();
  const upload = useMutation({
    mutationFn: ({ file, confirm }: { file: File; confirm: boolean }) =>
      send(unit, year, file, confirm).then((result) => ({ file, result })),
    onSuccess: ({ file, result }) => {
      setProblems(undefined);
      if (!result.written) return setPreview({ file, result });
      setPreview(undefined);
      message.success(t("targets.written", { count: result.counts.new + result.counts.changed }));
      void queryClient.invalidateQueries({ queryKey: ["targets"] });
      void queryClient.invalidateQueries({ queryKey: ["target-kinds"] });
    },
    onError: (error) => setProblems(problemsOf(error)),
  });
  const download = async () => {
    try {
      saveFile(
        await call(api.targets.template, { query: { unit, year } }),
        `chi-tieu-${unit}-${year}.xlsx`,
      );
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  const changes = preview?.result.changes ?? [];
  const toWrite = (preview?.result.counts.new ?? 0) + (preview?.result.counts.changed ?? 0);
  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={download} data-testid="targets-template">
        {t("targets.template")}
      </Button>
      {canEdit && (
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            upload.mutate({ file, confirm: false });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="targets-upload">
            {t("targets.upload")}
          </Button>
        </Upload>
      )}
      {problems && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setProblems(undefined)}
          data-testid="targets-upload-problems"
          message={problems.slice(0, 20).map((p) => <div key={p}>{p}</div>)}
        />
      )}
      {preview && (
        <Modal
          open
          width={720}
          title={t("targets.previewTitle", { file: preview.file.name })}
          okText={t("targets.confirm")}
          cancelText={t("targets.cancel")}
          okButtonProps={{
            disabled: toWrite === 0 || (preview?.result.counts.conflict ?? 0) > 0,
            loading: upload.isPending,
            "data-testid": "targets-confirm",
          }}
          onOk={() => upload.mutate({ file: preview.file, confirm: true })}
          onCancel={() => setPreview(undefined)}
        >
          {preview.result.counts.conflict > 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              message={t("targets.uploadConflict")}
            />
          )}
          <p data-testid="targets-preview-counts">
            {t("targets.previewCounts", preview.result.counts)}
            {toWrite === 0 && ` — ${t("targets.nothingToWrite")}`}
          </p>
          <Table<TargetUploadChangeView>
            size="small"
            rowKey="cell"
            scroll={{ x: true, y: 360 }}
            pagination={false}
            dataSource={changes.filter((c) => c.change !== "unchanged")}
            columns={[
              { title: t("targets.cell"), dataIndex: "cell" },
              {
                title: t("targets.indicator"),
                key: "indicator",
                render: (_, c) => `${c.indicator}${c.option ? ` [${c.option}]` : ""} · ${c.kind}`,
              },
              {
                title: t("targets.stored"),
                dataIndex: "stored",
                align: "right",
                render: (v: number | null) => f.num(v),
              },
              {
                title: t("targets.uploaded"),
                dataIndex: "value",
                align: "right",
                render: (v: number) => f.num(v),
              },
              {
                title: t("targets.change"),
                dataIndex: "change",
                render: (c: keyof typeof COLOR) => (
                  <Tag color={COLOR[c]}>{t(`targets.change.${c}` as MessageKey)}</Tag>
                ),
              },
            ]}
          />
        </Modal>
      )}
    </>
  );
}
