import { Alert, Button, Result, Spin } from "antd";
import { type ReactNode, useEffect } from "react";
import { ApiError } from "../api/contract.ts";
import { errorMessage } from "../api/errors.ts";
import { useI18n } from "../i18n/index.ts";
import { markScreenDrawn } from "../layout/first-screen.ts";

interface Props<T> {
  readonly query: {
    data: T | undefined;
    error: unknown;
    isLoading: boolean;
    refetch: () => unknown;
  };
  readonly children: (data: T) => ReactNode;
}

/**
 * Shows a spinner while loading, the error with a retry button, then the content (and says the
 * screen is drawn: see layout/first-screen.ts).
 */
export function QueryState<T>({ query, children }: Props<T>) {
  const { t } = useI18n();
  const settled = !query.isLoading;
  useEffect(() => {
    if (settled) markScreenDrawn();
  }, [settled]);
  if (query.isLoading)
    return (
      <div style={{ padding: 48, textAlign: "center" }}>
        <Spin size="large" />
      </div>
    );
  if (query.error instanceof ApiError && query.error.status === 403)
    return (
      <Result
        data-testid="forbidden"
        status="403"
        title={t("app.forbidden")}
        subTitle={query.error.message}
      />
    );
  if (query.error || query.data === undefined)
    return (
      <Alert
        type="error"
        showIcon
        title={t("app.error")}
        description={query.error ? errorMessage(query.error) : t("app.none")}
        action={<Button onClick={() => void query.refetch()}>{t("app.retry")}</Button>}
      />
    );
  return <>{children(query.data)}</>;
}
