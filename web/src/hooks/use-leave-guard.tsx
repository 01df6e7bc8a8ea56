import { App } from "antd";
import { useEffect } from "react";
import { useBlocker } from "react-router";
import { useI18n } from "../i18n/index.ts";

/**
 * While `dirty`, asks before the work on screen is left: a link, the menu, another unit or month
 * (in-app navigation, held by the router) and closing or reloading the tab (the browser's own
 * question). `message` says what would be left and where it is kept.
 */
export function useLeaveGuard(dirty: boolean, message: string): void {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      (currentLocation.pathname !== nextLocation.pathname ||
        currentLocation.search !== nextLocation.search),
  );
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    modal.confirm({
      title: t("leave.title"),
      content: message,
      okText: t("leave.go"),
      cancelText: t("leave.stay"),
      okButtonProps: { "data-testid": "leave-confirm", danger: true },
      cancelButtonProps: { "data-testid": "leave-stay" },
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, message, t]);
  useEffect(() => {
    if (!dirty) return;
    const onLeave = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", onLeave);
    return () => window.removeEventListener("beforeunload", onLeave);
  }, [dirty]);
}
