import { BellOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Button, Drawer, Empty, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { call } from "../api/client.ts";
import { api, type ReminderView } from "../api/contract.ts";
import { SimpleList } from "../components/simple-list.tsx";
import { fmtDateTime } from "../format/dates.ts";
import { useI18n } from "../i18n/index.ts";

/** How often the bell asks for new reminders (they are made hourly on the server). */
const POLL_MS = 5 * 60_000;

/**
 * The bell in the header: how many reminders to send a report are unread, and their list in a
 * drawer; a reminder opens its form, and is read from then on.
 */
export function ReminderBell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const inbox = useQuery({
    queryKey: ["reminders"],
    queryFn: () => call(api.reminders.inbox, {}),
    refetchInterval: POLL_MS,
  });
  const read = useMutation({
    mutationFn: (keys?: string[]) => call(api.reminders.read, { body: keys ? { keys } : {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["reminders"] }),
  });
  const unread = inbox.data?.unread ?? 0;
  const openForm = (reminder: ReminderView) => {
    if (!reminder.read) read.mutate([reminder.key]);
    setOpen(false);
    void navigate(`/entry?unit=${reminder.unit}&period=${reminder.period}`);
  };
  return (
    <>
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          data-testid="reminders-open"
          aria-label={t("reminders.open", { count: unread })}
          icon={<BellOutlined style={{ color: "#fff", fontSize: 18 }} />}
          onClick={() => setOpen(true)}
        />
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t("reminders.title")}
        // A phone's whole width; beside the page on a wider screen.
        size="min(420px, 100vw)"
        extra={
          unread > 0 && (
            <Button
              size="small"
              data-testid="reminders-read-all"
              onClick={() => read.mutate(undefined)}
            >
              {t("reminders.readAll")}
            </Button>
          )
        }
      >
        {(inbox.data?.items.length ?? 0) === 0 ? (
          <Empty description={t("reminders.empty")} />
        ) : (
          <SimpleList<ReminderView>
            data-testid="reminders-list"
            items={inbox.data?.items ?? []}
            keyOf={(reminder) => reminder.key}
            render={(reminder) => (
              <div data-testid={`reminder-${reminder.unit}-${reminder.period}`}>
                <Typography.Text strong={!reminder.read}>{reminder.subject}</Typography.Text>
                <div>{reminder.body}</div>
                <Typography.Text type="secondary">
                  {fmtDateTime(reminder.createdAt)}
                  {reminder.createdBy && ` · ${t("reminders.by", { name: reminder.createdBy })}`}
                  {reminder.email === "sent" && ` · ${t("reminders.emailed")}`}
                </Typography.Text>
              </div>
            )}
            extra={(reminder) => (
              <Button type="link" onClick={() => openForm(reminder)}>
                {t("reminders.openForm")}
              </Button>
            )}
          />
        )}
      </Drawer>
    </>
  );
}
