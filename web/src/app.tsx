import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import viVN from "antd/locale/vi_VN";
import dayjs from "dayjs";
import "dayjs/locale/vi";
import "dayjs/locale/en";
import { useEffect } from "react";
import { BrowserRouter } from "react-router";
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

/** The government blue of the app. */
const PRIMARY = "#1d4e89";

function Themed() {
  const { lang } = useI18n();
  useEffect(() => {
    dayjs.locale(lang === "en" ? "en" : "vi");
    document.title = lang === "en" ? "baocao — Socio-economic reports" : "baocao — Báo cáo KT-XH";
  }, [lang]);
  return (
    <ConfigProvider
      locale={lang === "en" ? enUS : viVN}
      theme={{
        token: { colorPrimary: PRIMARY, borderRadius: 4, fontSize: 14 },
        components: { Layout: { headerBg: PRIMARY, headerHeight: 56 } },
      }}
    >
      <AntApp>
        <BrowserRouter>
          <SessionProvider>
            <AppRoutes />
          </SessionProvider>
        </BrowserRouter>
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
