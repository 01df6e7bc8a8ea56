import { Button, Result } from "antd";
import { Link } from "react-router";
import { useI18n } from "./i18n/index.ts";

/** An address the app has no page for. Its own chunk: antd's Result carries large pictures. */
export function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t("app.notFound")}
      extra={
        <Link to="/">
          <Button type="primary">{t("app.backHome")}</Button>
        </Link>
      }
    />
  );
}
