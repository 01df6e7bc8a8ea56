import type { CapitalPlan, Commitment, Disbursement, Project, SiteClearance } from "./types.ts";

/** The project-side registers as a whole: what the figures and findings are computed from. */
export interface RegisterData {
  readonly projects: readonly Project[];
  readonly capitalPlans: readonly CapitalPlan[];
  readonly commitments: readonly Commitment[];
  readonly disbursements: readonly Disbursement[];
  readonly siteClearance: readonly SiteClearance[];
}

/** The fund sources a project's plans use in a year. */
export function sourcesOf(data: RegisterData, projectCode: string, year: number): string[] {
  return [
    ...new Set(
      data.capitalPlans
        .filter((p) => p.projectCode === projectCode && p.year === year)
        .map((p) => p.fundSource),
    ),
  ];
}

/**
 * The source a disbursement draws on: as written, else the project's only source that year;
 * "" when it cannot be told (no plan, or several sources and none written).
 */
export function sourceOfDisbursement(data: RegisterData, d: Disbursement): string {
  if (d.fundSource) return d.fundSource;
  const sources = sourcesOf(data, d.projectCode, Number(d.period.slice(0, 4)));
  return sources.length === 1 ? (sources[0] as string) : "";
}

/** The programme of a project's capital from a source: the plan row's, else the project's. */
export function programmeOf(
  data: RegisterData,
  project: Project,
  year: number,
  fundSource: string,
): string {
  const plan = data.capitalPlans.find(
    (p) => p.projectCode === project.code && p.year === year && p.fundSource === fundSource,
  );
  return plan?.programme || project.programme;
}
