import { useQuery } from "@tanstack/react-query";
import { Button, Card, Input } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { call } from "../../api/client.ts";
import { api, type ProjectView } from "../../api/contract.ts";
import { useUnitName } from "../../api/use-unit-name.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { ExportButton } from "../../export/export-button.tsx";
import { fmtMonth } from "../../format/dates.ts";
import { useI18n } from "../../i18n/index.ts";
import { useUnitPeriod, useUnitPeriodSearch } from "../../layout/use-unit-period.ts";
import { useSession } from "../../session/session.tsx";
import { canEditProjects } from "./can-edit-projects.ts";
import { ProjectForm } from "./project-form.tsx";
import { projectsSheet } from "./projects-sheet.ts";
import { ProjectsTable } from "./projects-table.tsx";

/** The projects whose name, code or owner contains the searched text. */
function matching(projects: readonly ProjectView[], search: string): ProjectView[] {
  const needle = search.trim().toLowerCase();
  return projects.filter(
    (p) =>
      needle === "" ||
      p.nameVi.toLowerCase().includes(needle) ||
      p.code.toLowerCase().includes(needle) ||
      p.owner.toLowerCase().includes(needle),
  );
}

/** The public investment projects with their capital plan and disbursement up to the month. */
export function ProjectsPage() {
  const { t, lang } = useI18n();
  const unitName = useUnitName();
  const { period } = useUnitPeriod();
  const [search, setSearch] = useState("");
  const [adding, setAdding] = useState(false);
  const { user } = useSession();
  const navigate = useNavigate();
  const unitPeriod = useUnitPeriodSearch();
  const query = useQuery({
    queryKey: ["projects", period],
    queryFn: () => call(api.registers.projects, { query: { period } }),
  });
  const title = `${t("projects.title")} — ${fmtMonth(period)}`;
  return (
    <>
      <PageTitle
        title={title}
        extra={[
          canEditProjects(user) && (
            <Button key="add" data-testid="project-add" onClick={() => setAdding(true)}>
              {t("projects.addProject")}
            </Button>
          ),
          <Input.Search
            key="search"
            allowClear
            placeholder={t("app.search")}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 260 }}
          />,
          <ExportButton
            key="export"
            name="projects"
            workbook={() =>
              query.data && {
                fileName: `du-an-${period}`,
                sheets: [
                  projectsSheet(title, matching(query.data.projects, search), {
                    t,
                    lang,
                    unitName,
                  }),
                ],
              }
            }
          />,
        ]}
      />
      <Card size="small">
        <QueryState query={query}>
          {(data) => <ProjectsTable projects={matching(data.projects, search)} />}
        </QueryState>
      </Card>
      {adding && (
        <ProjectForm
          onClose={() => setAdding(false)}
          onSaved={(code) => {
            setAdding(false);
            void navigate(`/projects/${encodeURIComponent(code)}${unitPeriod}`);
          }}
        />
      )}
    </>
  );
}
