import { useQuery } from "@tanstack/react-query";
import { Card, Input } from "antd";
import { useState } from "react";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { fmtMonth } from "../../format/dates.ts";
import { useI18n } from "../../i18n/index.ts";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";
import { ProjectsTable } from "./projects-table.tsx";

/** The public investment projects with their capital plan and disbursement up to the month. */
export function ProjectsPage() {
  const { t } = useI18n();
  const { period } = useUnitPeriod();
  const [search, setSearch] = useState("");
  const query = useQuery({
    queryKey: ["projects", period],
    queryFn: () => call(api.registers.projects, { query: { period } }),
  });
  const needle = search.trim().toLowerCase();
  return (
    <>
      <PageTitle
        title={`${t("projects.title")} — ${fmtMonth(period)}`}
        extra={
          <Input.Search
            allowClear
            placeholder={t("app.search")}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 260 }}
          />
        }
      />
      <Card size="small">
        <QueryState query={query}>
          {(data) => (
            <ProjectsTable
              projects={data.projects.filter(
                (p) =>
                  needle === "" ||
                  p.nameVi.toLowerCase().includes(needle) ||
                  p.code.toLowerCase().includes(needle) ||
                  p.owner.toLowerCase().includes(needle),
              )}
            />
          )}
        </QueryState>
      </Card>
    </>
  );
}
