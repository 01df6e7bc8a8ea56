import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Alert, Card } from "antd";
import { call } from "../../api/client.ts";
import { api, type SectionItem } from "../../api/contract.ts";
import { errorMessage } from "../../api/errors.ts";
import { useDebounced } from "../../hooks/use-debounced.ts";
import { useI18n } from "../../i18n/index.ts";
import { PreviewFrame } from "../report/preview-frame.tsx";

/**
 * Just this section as the report prints it, through the report's own preview (its figures
 * computed for the report's unit and period): it needs the right to read the report's unit, and
 * says so instead of showing a preview when the department lacks it.
 */
export function SectionPreview({ section, text }: { section: SectionItem; text: string }) {
  const { t } = useI18n();
  const settled = useDebounced(text, 600);
  const query = useQuery({
    queryKey: ["section-preview", section.reportUnit, section.period, settled],
    queryFn: () =>
      call(api.reports.preview, {
        params: { unit: section.reportUnit, period: section.period },
        query: { figures: "entered" },
        body: { template: settled },
      }),
    placeholderData: keepPreviousData,
    retry: false,
  });
  return (
    <Card size="small" title={t("sections.preview")}>
      {query.error ? (
        <Alert
          type="info"
          showIcon
          title={t("sections.previewUnavailable", { error: errorMessage(query.error) })}
        />
      ) : (
        <PreviewFrame html={query.data?.html ?? ""} busy={query.isFetching} />
      )}
    </Card>
  );
}
