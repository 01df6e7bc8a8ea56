import { formatPeriodId, parsePeriod, vietnameseName } from "../core/periods/index.ts";
import {
  filedPeriod,
  isFiledIn,
  nextFilingMonth,
  type ReportingRegime,
} from "../core/regimes/index.ts";

/**
 * A period longer than the month that a unit's forms are filed for in this month (a quarterly
 * form in September: the third quarter), with the indicators entered as that period's figures.
 */
export interface FiledPeriod {
  /** The period's id: `2023-Q3`, `2023-H1`, `2023-9M`, `2023`. */
  readonly period: string;
  readonly kind: Exclude<ReportingRegime["frequency"], "month">;
  /** "quý III năm 2023". */
  readonly nameVi: string;
  /** The forms filed for it, by code and name. */
  readonly forms: readonly { readonly code: string; readonly nameVi: string }[];
  /** Codes of the indicators entered for the whole period, in the forms' order. */
  readonly indicators: readonly string[];
}

/** Frequencies, shortest first. */
const BY_LENGTH: readonly ReportingRegime["frequency"][] = [
  "month",
  "quarter",
  "half",
  "nine_months",
  "year",
];

/**
 * The longer periods a unit's forms cover in this month, shortest first. An indicator that a
 * monthly form of the unit also holds is entered by month and belongs to none; one held by two
 * longer forms (a quarterly and a yearly in December) goes to the shorter, where it is entered
 * once: both keep it in the same month.
 * @example longerPeriodsFiled(regimes, "P1", "2023-09") // [{ period: "2023-Q3", … }]
 */
export function longerPeriodsFiled(
  regimes: readonly ReportingRegime[],
  unit: string,
  monthId: string,
): FiledPeriod[] {
  const month = parsePeriod(monthId);
  const filed = regimes.filter((r) => r.reportingUnits.includes(unit) && isFiledIn(r, month));
  const taken = new Set(filed.filter((r) => r.frequency === "month").flatMap((r) => r.indicators));
  const groups = new Map<string, FiledPeriod & { forms: FiledPeriod["forms"][number][] }>();
  const byLength = [...filed]
    .filter((r) => r.frequency !== "month")
    .sort((a, b) => BY_LENGTH.indexOf(a.frequency) - BY_LENGTH.indexOf(b.frequency));
  for (const regime of byLength) {
    const covered = filedPeriod(regime, month);
    const id = formatPeriodId(covered);
    const group = groups.get(id) ?? {
      period: id,
      kind: regime.frequency as FiledPeriod["kind"],
      nameVi: vietnameseName(covered),
      forms: [],
      indicators: [],
    };
    group.forms.push({ code: regime.code, nameVi: regime.nameVi });
    const fresh = regime.indicators.filter((code) => !taken.has(code));
    for (const code of fresh) taken.add(code);
    groups.set(id, { ...group, indicators: [...group.indicators, ...fresh] });
  }
  return [...groups.values()];
}

/** A longer form of the unit not filed this month, and the month it is entered in. */
export interface LaterFiling {
  readonly code: string;
  readonly nameVi: string;
  /** The period it will be entered for: `2023-Q3`. */
  readonly period: string;
  /** "quý III năm 2023". */
  readonly periodNameVi: string;
  /** The month it is entered in, its period's last: `2023-09`. */
  readonly month: string;
}

/**
 * The unit's quarterly (half, nine-month, yearly) forms that are not filed this month, each with
 * the month it is: a clerk looking for the quarter's form in August is told to open September.
 */
export function laterFilings(
  regimes: readonly ReportingRegime[],
  unit: string,
  monthId: string,
): LaterFiling[] {
  const month = parsePeriod(monthId);
  return regimes
    .filter(
      (r) => r.frequency !== "month" && r.reportingUnits.includes(unit) && !isFiledIn(r, month),
    )
    .map((r) => {
      const filed = nextFilingMonth(r, month);
      const covered = filedPeriod(r, filed);
      return {
        code: r.code,
        nameVi: r.nameVi,
        period: formatPeriodId(covered),
        periodNameVi: vietnameseName(covered),
        month: formatPeriodId(filed),
      };
    });
}
