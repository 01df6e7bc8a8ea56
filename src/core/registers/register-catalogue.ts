import type { CatalogueInput, CategorySetInput, IndicatorInput } from "../catalogue/index.ts";
import { MANAGING_LEVELS, type ManagingLevel } from "./types.ts";

/** Category sets the registers add to the catalogue. Their codes are reserved. */
export const REGISTER_SETS = {
  level: "managing_level",
  source: "capital_source",
  programme: "capital_programme",
  project: "register_project",
} as const;

/** Labels of the managing levels. */
export const MANAGING_LEVEL_NAMES: Readonly<Record<ManagingLevel, readonly [string, string]>> = {
  tinh_quan_ly: ["Vốn tỉnh quản lý", "Province-managed capital"],
  huyen_quan_ly: ["Vốn cấp huyện (thị xã) quản lý", "District-level (town) managed capital"],
  xa_quan_ly: ["Vốn cấp xã quản lý", "Commune-managed capital"],
};

/** The indicators whose values the registers write; nobody else should write them. */
export const REGISTER_INDICATORS = {
  plan: "capital_plan",
  disbursed: "capital_disbursed",
  committed: "capital_committed",
  projects: "capital_projects",
  planBySource: "capital_plan_source",
  disbursedBySource: "capital_disbursed_source",
  projectsBySource: "capital_projects_source",
  planByProgramme: "capital_plan_programme",
  disbursedByProgramme: "capital_disbursed_programme",
  projectsByProgramme: "capital_projects_programme",
  householdsTotal: "clearance_households_total",
  householdsPaid: "clearance_households_paid",
  householdsHandedOver: "clearance_households_handed_over",
  amountTotal: "clearance_amount_total",
  amountPaid: "clearance_amount_paid",
} as const;

/** Codes of every stored register indicator. */
export const REGISTER_INDICATOR_CODES: readonly string[] = Object.values(REGISTER_INDICATORS);

/** The option code of a project in `register_project`: its code in lower case (`da_h03`). */
export function projectOption(code: string): string {
  return code.toLowerCase();
}

/** What the dynamic category sets list: the projects, fund sources and programmes in use. */
export interface RegisterOptions {
  readonly projects: readonly { readonly code: string; readonly nameVi: string }[];
  readonly fundSources: readonly string[];
  readonly programmes: readonly string[];
}

const flow = { overTime: "sum", overUnits: "sum" };
const stock = { overTime: "last", overUnits: "sum" };
const derived = { overTime: "none", overUnits: "none" };

function money(
  code: string,
  nameVi: string,
  nameEn: string,
  set: string | { set: string; totalRule: string },
  aggregation: typeof flow,
  unit = "trieu_dong",
): IndicatorInput {
  return {
    code,
    nameVi,
    nameEn,
    sector: "economy",
    unit,
    valueType: "number",
    aggregation,
    disaggregations: [set],
    decimals: 0,
    direction:
      code.includes("disbursed") || code.endsWith("_paid") ? "higher_is_better" : "neutral",
    description: "Tính từ sổ theo dõi dự án (registers); không nhập tay.",
  };
}

function counted(
  code: string,
  nameVi: string,
  nameEn: string,
  set: string | { set: string; totalRule: string },
  unit = "cong_trinh",
): IndicatorInput {
  return {
    ...money(code, nameVi, nameEn, set, stock, unit),
    valueType: "integer",
    direction: "neutral",
  };
}

function percent(
  code: string,
  nameVi: string,
  nameEn: string,
  formula: string,
  decimals: number,
): IndicatorInput {
  return {
    code,
    nameVi,
    nameEn,
    sector: "economy",
    unit: "percent",
    valueType: "percent",
    aggregation: derived,
    decimals,
    direction: "higher_is_better",
    formula,
  };
}

/** % of plan and gap to the commitment, overall (no selector) or for one managing level. */
function capitalRatios(level?: ManagingLevel): IndicatorInput[] {
  const sel = level ? `[${level}]` : "";
  const suffix = level ? `_${level}` : "";
  const [vi, en] = level
    ? MANAGING_LEVEL_NAMES[level]
    : ["Vốn đầu tư công", "Public investment capital"];
  return [
    percent(
      `capital_disbursed_pct${suffix}`,
      `${vi}: tỷ lệ giải ngân so với kế hoạch`,
      `${en}: disbursed as % of plan`,
      `ytd(capital_disbursed${sel}) / capital_plan${sel} * 100`,
      2,
    ),
    percent(
      `capital_commitment_gap${suffix}`,
      `${vi}: chênh lệch so với cam kết giải ngân (điểm %)`,
      `${en}: gap to the disbursement commitment (points)`,
      `(ytd(capital_disbursed${sel}) - capital_committed${sel}) / capital_plan${sel} * 100`,
      1,
    ),
  ];
}

const independent = (set: string) => ({ set, totalRule: "independent" });

/**
 * The catalogue part the registers bring: category sets (the managing levels, and the projects,
 * fund sources and programmes in use) and the indicators register writes fill, plus derived
 * ratios. A dynamic set with no option yet is left out, with the indicators that use it.
 */
export function registerCatalogue(options: RegisterOptions): CatalogueInput {
  const R = REGISTER_INDICATORS;
  const S = REGISTER_SETS;
  const categorySets: CategorySetInput[] = [
    {
      code: S.level,
      nameVi: "Cấp quản lý vốn",
      nameEn: "Managing level of capital",
      totalRule: "sum",
      options: MANAGING_LEVELS.map((code) => ({
        code,
        nameVi: MANAGING_LEVEL_NAMES[code][0],
        nameEn: MANAGING_LEVEL_NAMES[code][1],
      })),
    },
  ];
  const indicators: IndicatorInput[] = [
    money(R.plan, "Kế hoạch vốn đầu tư công", "Public investment capital plan", S.level, stock),
    money(
      R.disbursed,
      "Vốn đầu tư công đã giải ngân",
      "Public investment disbursed",
      S.level,
      flow,
    ),
    money(
      R.committed,
      "Vốn cam kết giải ngân với tỉnh",
      "Disbursement committed to the province",
      S.level,
      stock,
    ),
    counted(
      R.projects,
      "Số dự án, công trình có kế hoạch vốn",
      "Projects with a capital plan",
      S.level,
    ),
    ...capitalRatios(),
    ...MANAGING_LEVELS.flatMap((level) => capitalRatios(level)),
  ];
  const dynamic = (
    code: string,
    nameVi: string,
    nameEn: string,
    totalRule: string,
    list: readonly { code: string; nameVi: string }[],
  ) => {
    if (list.length === 0) return false;
    categorySets.push({
      code,
      nameVi,
      nameEn,
      totalRule,
      options: list.map((o) => ({ code: o.code, nameVi: o.nameVi, nameEn: o.nameVi })),
    });
    return true;
  };
  const plain = (codes: readonly string[]) => codes.map((code) => ({ code, nameVi: code }));
  if (
    dynamic(
      S.source,
      "Nguồn vốn (sổ dự án)",
      "Capital source (project register)",
      "sum",
      plain(options.fundSources),
    )
  )
    indicators.push(
      money(R.planBySource, "Kế hoạch vốn theo nguồn", "Capital plan by source", S.source, stock),
      money(R.disbursedBySource, "Giải ngân theo nguồn vốn", "Disbursed by source", S.source, flow),
      counted(
        R.projectsBySource,
        "Số dự án theo nguồn vốn",
        "Projects by source",
        independent(S.source),
      ),
    );
  if (dynamic(S.programme, "Chương trình", "Programme", "independent", plain(options.programmes)))
    indicators.push(
      money(
        R.planByProgramme,
        "Kế hoạch vốn theo chương trình",
        "Capital plan by programme",
        S.programme,
        stock,
      ),
      money(
        R.disbursedByProgramme,
        "Giải ngân theo chương trình",
        "Disbursed by programme",
        S.programme,
        flow,
      ),
      counted(
        R.projectsByProgramme,
        "Số dự án theo chương trình",
        "Projects by programme",
        S.programme,
      ),
    );
  const projects = options.projects.map((p) => ({ code: projectOption(p.code), nameVi: p.nameVi }));
  if (dynamic(S.project, "Dự án, công trình", "Project", "sum", projects))
    indicators.push(
      counted(
        R.householdsTotal,
        "Số hộ bị ảnh hưởng (GPMB)",
        "Households affected (site clearance)",
        S.project,
        "ho",
      ),
      counted(
        R.householdsPaid,
        "Số hộ đã nhận tiền bồi thường",
        "Households paid",
        S.project,
        "ho",
      ),
      counted(
        R.householdsHandedOver,
        "Số hộ đã bàn giao mặt bằng",
        "Households that handed over land",
        S.project,
        "ho",
      ),
      money(
        R.amountTotal,
        "Tổng kinh phí bồi thường, hỗ trợ",
        "Compensation total",
        S.project,
        stock,
        "dong",
      ),
      money(
        R.amountPaid,
        "Kinh phí bồi thường đã chi trả",
        "Compensation paid",
        S.project,
        stock,
        "dong",
      ),
      percent(
        "clearance_amount_pct",
        "Tỷ lệ kinh phí bồi thường đã chi trả",
        "Compensation paid as % of total",
        "clearance_amount_paid / clearance_amount_total * 100",
        2,
      ),
      percent(
        "clearance_households_pct",
        "Tỷ lệ hộ đã nhận tiền bồi thường",
        "Households paid as % of affected",
        "clearance_households_paid / clearance_households_total * 100",
        2,
      ),
    );
  return { categorySets, indicators };
}
