import { Space } from "antd";
import { type ReactNode, useEffect } from "react";

/** Sets the browser tab's title for the screen: "Nhập số liệu — Phường 1 — 08/2023 · baocao". */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} · baocao`;
  }, [title]);
}

/** The title of a screen (its one h1, also the tab's title), with actions on the right. */
export function PageTitle({ title, extra }: { title: string; extra?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="page-title">
      <h1>{title}</h1>
      {extra && <Space wrap>{extra}</Space>}
    </div>
  );
}
