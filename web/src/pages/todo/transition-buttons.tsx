import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, Modal, Space, Typography } from "antd";
import { useState } from "react";
import { call } from "../../api/client.ts";
import {
  ApiError,
  api,
  type SubmissionItem,
  type SubmissionStateView,
  type TransitionName,
} from "../../api/contract.ts";
import { errorMessage } from "../../api/errors.ts";
import { useI18n } from "../../i18n/index.ts";

interface Asking {
  readonly transition: "return" | "reopen" | "explain";
  /** Warning rules needing an explanation (submit). */
  readonly rules: readonly string[];
  readonly message?: string;
}

/**
 * The buttons of the transitions the user may make on one form. Submitting asks for an
 * explanation of each warning when the server says some are missing, then sends again.
 */
export function TransitionButtons({ item }: { item: SubmissionItem }) {
  const queryClient = useQueryClient();
  return (
    <CycleButtons
      allowed={item.allowed}
      name={item.unitName}
      testId={`${item.unit}-${item.regime}`}
      send={async (input) => {
        const { submission } = await call(api.submissions.transition, {
          params: {
            regime: item.regime,
            unit: item.unit,
            period: item.period,
            transition: input.transition,
          },
          body: {
            expectedVersion: item.version,
            ...(input.comment ? { comment: input.comment } : {}),
            ...(input.explanations ? { explanations: input.explanations } : {}),
          },
        });
        await queryClient.invalidateQueries({ queryKey: ["submissions"] });
        await queryClient.invalidateQueries({ queryKey: ["entry"] });
        return { name: submission.unitName, state: submission.state };
      }}
    />
  );
}

/** What a transition sends: its name, a comment (return, reopen), explanations (submit). */
export interface CycleInput {
  readonly transition: TransitionName;
  readonly comment?: string;
  readonly explanations?: Record<string, string>;
}

interface CycleButtonsProps {
  readonly allowed: readonly TransitionName[];
  /** Whose it is, for the dialogs' titles ("Trả lại báo cáo của Phường 1"). */
  readonly name: string;
  /** Completes each button's test id: `approve-<testId>`. */
  readonly testId: string;
  /** Makes the transition and refreshes what shows it; answers whose it is and its new state. */
  readonly send: (input: CycleInput) => Promise<{ name: string; state: SubmissionStateView }>;
  /** The submit button's words when not "Gửi báo cáo" (a section: "Gửi duyệt"). */
  readonly submitLabel?: string;
}

/**
 * The buttons of the collection cycle's transitions, for a form or a department's section of a
 * report (the same states and table): returning asks for a comment, reopening for a reason.
 */
export function CycleButtons({ allowed, name, testId, send, submitLabel }: CycleButtonsProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<Asking>();
  const [form] = Form.useForm<Record<string, string>>();
  const act = useMutation({
    mutationFn: send,
    onSuccess: (done) => {
      setAsking(undefined);
      form.resetFields();
      message.success(
        t("todo.done", { unit: done.name, state: t(`submissionState.${done.state}`) }),
      );
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === "submission.explanation_required") {
        const rules = (error.details.rules as string[] | undefined) ?? [];
        setAsking({ transition: "explain", rules, message: error.message });
        return;
      }
      message.error(errorMessage(error));
    },
  });

  const confirm = async () => {
    const values = await form.validateFields();
    if (!asking) return;
    if (asking.transition === "explain") act.mutate({ transition: "submit", explanations: values });
    else act.mutate({ transition: asking.transition, comment: values.comment ?? "" });
  };

  const title =
    asking?.transition === "return"
      ? t("todo.returnTitle", { unit: name })
      : asking?.transition === "reopen"
        ? t("todo.reopenTitle", { unit: name })
        : t("todo.explainTitle");

  return (
    <>
      <Space wrap size="small">
        {allowed.map((transition) => (
          <Button
            key={transition}
            size="small"
            type={transition === "submit" || transition === "approve" ? "primary" : "default"}
            danger={transition === "return"}
            loading={act.isPending && act.variables?.transition === transition}
            data-testid={`${transition}-${testId}`}
            onClick={() =>
              transition === "return" || transition === "reopen"
                ? setAsking({ transition, rules: [] })
                : act.mutate({ transition })
            }
          >
            {transition === "submit" && submitLabel ? submitLabel : t(`transition.${transition}`)}
          </Button>
        ))}
      </Space>
      <Modal
        open={asking !== undefined}
        title={title}
        okText={
          asking?.transition === "explain"
            ? t("transition.submit")
            : t(`transition.${asking?.transition ?? "return"}`)
        }
        cancelText={t("app.cancel")}
        confirmLoading={act.isPending}
        onOk={() => void confirm()}
        onCancel={() => setAsking(undefined)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          {asking?.transition === "explain" ? (
            <>
              {asking.message && <Typography.Paragraph>{asking.message}</Typography.Paragraph>}
              <Typography.Paragraph type="secondary">{t("todo.explainHint")}</Typography.Paragraph>
              {asking.rules.map((rule) => (
                <Form.Item
                  key={rule}
                  name={rule}
                  label={t("todo.explainFor", { rule })}
                  rules={[{ required: true, whitespace: true, message: t("todo.required") }]}
                >
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
              ))}
            </>
          ) : (
            <Form.Item
              name="comment"
              label={
                asking?.transition === "reopen" ? t("todo.reopenReason") : t("todo.returnComment")
              }
              rules={[{ required: true, whitespace: true, message: t("todo.required") }]}
            >
              <Input.TextArea rows={3} maxLength={2000} data-testid="transition-comment" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
