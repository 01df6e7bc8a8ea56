import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  type ButtonProps,
  Card,
  Col,
  Row,
  Space,
  Timeline,
  Typography,
} from "antd";
import { useState } from "react";
import { call } from "../../api/client.ts";
import { api, type SectionItem, type SubmissionEventView } from "../../api/contract.ts";
import { errorMessage, isConflict } from "../../api/errors.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { fmtDateTime } from "../../format/dates.ts";
import { useI18n } from "../../i18n/index.ts";
import { FigurePicker } from "../report/picker/figure-picker.tsx";
import { type InsertRequest, TemplateEditor } from "../report/template-editor.tsx";
import { SectionButtons } from "../todo/section-list.tsx";
import { SubmissionStateTag } from "../todo/submission-texts.tsx";
import { SectionPreview } from "./section-preview.tsx";

interface Detail {
  readonly section: SectionItem;
  readonly text: string;
  readonly events: SubmissionEventView[];
}

/**
 * The section's text in the template editor's text area with "Lưu" (version-checked: a save by
 * someone else since is refused with «Tải lại») and "Gửi duyệt" (only once saved), its state,
 * the reviewer's last comment, a preview of just this section and its history.
 */
export function SectionEditor({ detail, reload }: { detail: Detail; reload: () => void }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const { section } = detail;
  const [text, setText] = useState(detail.text);
  const [picking, setPicking] = useState(false);
  const [insertion, setInsertion] = useState<InsertRequest>();
  const dirty = text !== detail.text;
  const save = useMutation({
    mutationFn: () =>
      call(api.sections.save, {
        params: { unit: section.reportUnit, period: section.period, owner: section.owner },
        body: { text, expectedVersion: section.version },
      }),
    onSuccess: async ({ section: saved }) => {
      message.success(t("sections.saved", { version: saved.version }));
      await queryClient.invalidateQueries({ queryKey: ["sections"] });
      reload();
    },
    onError: (error) => {
      if (isConflict(error) && error.code === "section.conflict")
        modal.confirm({
          title: t("sections.conflict"),
          content: error.message,
          okText: t("sections.reload"),
          cancelText: t("app.cancel"),
          onOk: reload,
        });
      else message.error(errorMessage(error));
    },
  });
  const sendAllowed = section.allowed.filter((a) => a !== "submit" || !dirty);
  return (
    <>
      <PageTitle
        title={t("sections.editorTitle", { title: section.title, owner: section.ownerName })}
        extra={
          <Space wrap>
            <SubmissionStateTag state={section.state} />
            {section.editable && (
              <Button
                type="primary"
                data-testid="section-save"
                disabled={!dirty}
                loading={save.isPending}
                onClick={() => save.mutate()}
              >
                {t("sections.save")}
              </Button>
            )}
            <SectionButtons section={{ ...section, allowed: sendAllowed }} />
          </Space>
        }
      />
      {section.state === "returned" && section.lastComment && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t("sections.returnedNote", { comment: section.lastComment })}
        />
      )}
      {(section.state === "submitted" || section.state === "approved") && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="section-locked"
          title={t("sections.lockedNote", {
            state: t(`submissionState.${section.state}`).toLowerCase(),
          })}
        />
      )}
      {!section.editable && section.role === "reader" && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t("sections.readOnly")} />
      )}
      {dirty && section.allowed.includes("submit") && (
        <Typography.Paragraph type="warning">{t("sections.unsaved")}</Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">{t("sections.hint")}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          {section.editable && (
            <>
              {/* The report editor's picker: figures of the report's unit and period. */}
              <Button
                size="small"
                icon={<PlusOutlined />}
                style={{ marginBottom: 4 }}
                onClick={() => setPicking(true)}
                {...({ "data-testid": "picker-open" } as ButtonProps)}
              >
                {t("picker.open")}
              </Button>
              <FigurePicker
                open={picking}
                unit={section.reportUnit}
                period={section.period}
                onInsert={(inserted) => setInsertion({ text: inserted, nonce: Date.now() })}
                onClose={() => setPicking(false)}
              />
            </>
          )}
          <TemplateEditor
            value={text}
            readOnly={!section.editable}
            jump={undefined}
            insertion={insertion}
            onChange={setText}
            label={t("sections.text")}
          />
        </Col>
        <Col xs={24} lg={12}>
          <SectionPreview section={section} text={text} />
          {detail.events.length > 0 && (
            <Card size="small" title={t("sections.history")} style={{ marginTop: 12 }}>
              <Timeline
                items={detail.events.map((e) => ({
                  key: e.version,
                  content: `${fmtDateTime(e.at)} — ${e.by}: ${t(`transition.${e.transition as "submit"}`)}${e.comment ? ` («${e.comment}»)` : ""}`,
                }))}
              />
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
