import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Card, Table, Typography } from "antd";
import { Link } from "react-router";
import { call } from "../../api/client.ts";
import { api, type SectionItem } from "../../api/contract.ts";
import { useI18n } from "../../i18n/index.ts";
import { SubmissionStateTag } from "./submission-texts.tsx";
import { CycleButtons } from "./transition-buttons.tsx";

/** The page of one section: its editor for the department, its text for the office. */
export function sectionPath(s: Pick<SectionItem, "reportUnit" | "period" | "owner">): string {
  return `/section?unit=${s.reportUnit}&period=${s.period}&owner=${s.owner}`;
}

/**
 * The departments' sections of the month's reports on "Việc cần làm": a department sees "Phần
 * báo cáo của tôi" (the sections it writes), the office and leaders the sections they review,
 * with the same buttons as the forms. Nothing shows when the user has neither.
 */
export function SectionLists({ period }: { period: string }) {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: ["sections", period],
    queryFn: () => call(api.sections.listAll, { query: { period } }),
  });
  const sections = query.data?.sections ?? [];
  const mine = sections.filter((s) => s.role === "author");
  const review = sections.filter((s) => s.role === "reviewer");
  return (
    <>
      {mine.length > 0 && (
        <Card size="small" title={t("sections.mine")} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t("sections.mineIntro")}</Typography.Paragraph>
          <SectionTable sections={mine} testId="my-sections" />
        </Card>
      )}
      {review.length > 0 && (
        <Card size="small" title={t("sections.review")} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t("sections.reviewIntro")}</Typography.Paragraph>
          <SectionTable sections={review} testId="review-sections" />
        </Card>
      )}
    </>
  );
}

function SectionTable({ sections, testId }: { sections: SectionItem[]; testId: string }) {
  const { t } = useI18n();
  return (
    <Table<SectionItem>
      data-testid={testId}
      size="small"
      rowKey={(s) => `${s.reportUnit}|${s.owner}`}
      dataSource={sections}
      pagination={false}
      scroll={{ x: true }}
      columns={[
        {
          title: t("sections.section"),
          key: "title",
          render: (_, s) => (
            <Link to={sectionPath(s)} title={t("sections.open")} data-testid={`open-${s.owner}`}>
              {s.title}
            </Link>
          ),
        },
        { title: t("sections.owner"), key: "owner", render: (_, s) => s.ownerName },
        {
          title: t("todo.state"),
          key: "state",
          render: (_, s) => <SubmissionStateTag state={s.state} />,
        },
        { title: t("todo.comment"), key: "comment", render: (_, s) => s.lastComment ?? "" },
        {
          title: t("todo.actions"),
          key: "actions",
          render: (_, s) => <SectionButtons section={s} />,
        },
      ]}
    />
  );
}

/** The cycle's buttons for a section (the forms' own, sending to the sections' API). */
export function SectionButtons({ section }: { section: SectionItem }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  return (
    <CycleButtons
      allowed={section.allowed}
      name={section.ownerName}
      testId={`section-${section.owner}`}
      submitLabel={t("sections.send")}
      send={async (input) => {
        const { section: after } = await call(api.sections.transition, {
          params: {
            unit: section.reportUnit,
            period: section.period,
            owner: section.owner,
            transition: input.transition,
          },
          body: {
            expectedVersion: section.stateVersion,
            ...(input.comment ? { comment: input.comment } : {}),
          },
        });
        await queryClient.invalidateQueries({ queryKey: ["sections"] });
        await queryClient.invalidateQueries({ queryKey: ["section"] });
        await queryClient.invalidateQueries({ queryKey: ["report"] });
        return { name: after.ownerName, state: after.state };
      }}
    />
  );
}
