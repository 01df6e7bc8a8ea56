import { CloudOutlined, DisconnectOutlined, SaveOutlined } from "@ant-design/icons";
import { Button } from "antd";
import type { ReactNode } from "react";
import { useI18n } from "../../i18n/index.ts";

interface Props {
  /** Cells that will be sent. */
  readonly ready: number;
  /** Cells typed that cannot be saved yet. */
  readonly invalid: number;
  readonly online: boolean;
  /** Save was pressed without a connection: sent when it returns. */
  readonly queued: boolean;
  readonly editable: boolean;
  readonly saving: boolean;
  readonly onSave: () => void;
  /** Alerts that must be seen (a conflict, a refusal): shown above the bar, always in view. */
  readonly children?: ReactNode;
}

/** The bar at the bottom of the entry screen: what will be saved, the connection, and Lưu. */
export function SaveBar({
  ready,
  invalid,
  online,
  queued,
  editable,
  saving,
  onSave,
  children,
}: Props) {
  const { t } = useI18n();
  const parts = [
    ready > 0 ? t("entry.changed", { count: ready }) : t("entry.noChanges"),
    invalid > 0 ? t("entry.invalidCount", { count: invalid }) : undefined,
  ].filter(Boolean);
  return (
    <div className="save-bar" data-testid="save-bar">
      {children && <div style={{ flexBasis: "100%" }}>{children}</div>}
      <div className="save-bar__status" aria-live="polite">
        <div>{parts.join(" · ")}</div>
        {(!online || queued) && (
          <div data-testid="entry-offline" style={{ color: online ? "#0958d9" : "#ad4e00" }}>
            {online ? <CloudOutlined aria-hidden /> : <DisconnectOutlined aria-hidden />}{" "}
            {queued
              ? online
                ? t("entry.sending")
                : t("entry.queued", { count: ready })
              : t("entry.offline")}
          </div>
        )}
      </div>
      <Button
        type="primary"
        size="large"
        icon={<SaveOutlined />}
        data-testid="entry-save"
        disabled={!editable || ready === 0}
        loading={saving}
        onClick={onSave}
      >
        {t("entry.save")}
      </Button>
    </div>
  );
}
