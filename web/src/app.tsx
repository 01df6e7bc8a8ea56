import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import viVN from "antd/locale/vi_VN";
import dayjs from "dayjs";
import "dayjs/locale/vi";
import "dayjs/locale/en";
import { useEffect } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { ApiError } from "./api/contract.ts";
import { LanguageProvider, useI18n } from "./i18n/index.ts";
import { AppRoutes } from "./routes.tsx";
import { SessionProvider } from "./session/session.tsx";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      staleTime: 30_000,
      // Refusals (4xx) are answers, not hiccups: retry only what may pass next time.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

/**
 * A data router (not <BrowserRouter>): it lets a screen with unsaved work hold a navigation
 * (`useBlocker`); the pages themselves are matched by <AppRoutes> inside.
 */
const router = createBrowserRouter([
  {
    path: "*",
    element: (
      <SessionProvider>
        <AppRoutes />
      </SessionProvider>
    ),
  },
]);

/** The government blue of the app. */
const PRIMARY = "#1d4e89";

function Themed() {
  const { lang } = useI18n();
  useEffect(() => {
    dayjs.locale(lang === "en" ? "en" : "vi");
  }, [lang]);
  return (
    <ConfigProvider
      locale={lang === "en" ? enUS : viVN}
      theme={{
        // Secondary texts, descriptions, links and placeholders dark enough for WCAG AA (4.5:1)
        // on white and on the light blue of a selected row; antd's defaults are lighter.
        token: {
          colorPrimary: PRIMARY,
          colorLink: PRIMARY,
          colorTextSecondary: "#595959",
          colorTextTertiary: "#595959",
          colorTextDescription: "#595959",
          colorTextPlaceholder: "#6e6e6e",
          borderRadius: 4,
          fontSize: 14,
        },
        components: { Layout: { headerBg: PRIMARY, headerHeight: 56 } },
      }}
    >
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

/** The web app: query cache, language, theme and locale, router and session. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <Themed />
      </LanguageProvider>
    </QueryClientProvider>
  );
}
