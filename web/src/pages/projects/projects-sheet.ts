import type { ProjectView } from "../../api/contract.ts";
import type { SheetSpec } from "../../export/sheet-spec.ts";
import { codeName, type Language, type Translate } from "../../i18n/index.ts";

/** The investment register as listed on screen, with the plan and disbursement summed. */
export function projectsSheet(
  title: string,
  projects: readonly ProjectView[],
  { t, lang, unitName }: { t: Translate; lang: Language; unitName: (code: string) => string },
): SheetSpec<ProjectView> {
  return {
    name: t("projects.title"),
    title,
    rows: projects,
    totalLabel: t("projects.total"),
    columns: [
      { title: t("projects.code"), value: (p) => p.code, width: 16 },
      { title: t("projects.name"), value: (p) => p.nameVi, width: 50 },
      { title: t("projects.level"), value: (p) => codeName(p.managingLevel, lang), width: 16 },
      {
        title: t("projects.programme"),
        value: (p) => (p.programme ? codeName(p.programme, lang) : ""),
        width: 18,
      },
      { title: t("projects.owner"), value: (p) => unitName(p.owner), width: 28 },
      { title: t("projects.plan"), value: (p) => p.plan, decimals: 3, width: 16, sum: true },
      {
        title: t("projects.disbursed"),
        value: (p) => p.disbursed,
        decimals: 3,
        width: 16,
        sum: true,
      },
      { title: `${t("projects.pct")} (%)`, value: (p) => p.disbursedPct, decimals: 1, width: 12 },
      { title: t("projects.status"), value: (p) => codeName(p.status, lang), width: 16 },
    ],
  };
}
