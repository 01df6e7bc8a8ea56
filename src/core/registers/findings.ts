import { formatNumber } from "../numbers/index.ts";
import { type RegisterData, sourcesOf } from "./register-data.ts";
import type { RegisterName } from "./register-definition.ts";

/**
 * Questionable register data: kept as entered (it may be right, or fixed later) and reported so
 * someone looks at it — disbursed above plan, more households paid than affected, and so on.
 */
export interface RegisterFinding {
  readonly code: string;
  readonly severity: "warning";
  readonly register: RegisterName;
  /** Which record: project code, `project|year`, `project|period`. */
  readonly key: string;
  readonly message: string;
  readonly values: Readonly<Record<string, number>>;
}

const vi = (n: number) => formatNumber(n, { decimals: 3, minDecimals: 0 });

/** Every finding over the project registers, in a stable order. */
export function registerFindings(data: RegisterData): RegisterFinding[] {
  return [...capitalFindings(data), ...clearanceFindings(data)];
}

function capitalFindings(data: RegisterData): RegisterFinding[] {
  const findings: RegisterFinding[] = [];
  const disbursed = new Map<string, number>();
  for (const d of data.disbursements) {
    const k = `${d.projectCode}|${d.period.slice(0, 4)}`;
    disbursed.set(k, (disbursed.get(k) ?? 0) + d.amount);
  }
  for (const [key, amount] of [...disbursed].sort(([a], [b]) => a.localeCompare(b))) {
    const [project = "", year = ""] = key.split("|");
    const plans = data.capitalPlans.filter(
      (p) => p.projectCode === project && String(p.year) === year,
    );
    if (plans.length === 0) {
      findings.push({
        code: "register.disbursed_without_plan",
        severity: "warning",
        register: "disbursements",
        key,
        message: `Dự án ${project} có số giải ngân năm ${year} (${vi(amount)} triệu đồng) nhưng chưa có kế hoạch vốn năm đó.`,
        values: { disbursed: amount },
      });
      continue;
    }
    const plan = plans.reduce((s, p) => s + p.amount, 0);
    if (amount > plan)
      findings.push({
        code: "register.disbursed_above_plan",
        severity: "warning",
        register: "disbursements",
        key,
        message: `Dự án ${project} đã giải ngân ${vi(amount)} triệu đồng năm ${year}, vượt kế hoạch vốn ${vi(plan)} triệu đồng.`,
        values: { disbursed: amount, plan },
      });
  }
  for (const d of data.disbursements) {
    if (d.fundSource !== "") continue;
    const sources = sourcesOf(data, d.projectCode, Number(d.period.slice(0, 4)));
    if (sources.length > 1)
      findings.push({
        code: "register.source_unknown",
        severity: "warning",
        register: "disbursements",
        key: `${d.projectCode}|${d.period}`,
        message: `Dự án ${d.projectCode} có kế hoạch vốn từ nhiều nguồn (${sources.join(", ")}); số giải ngân kỳ ${d.period} chưa ghi nguồn nên không tính vào số theo nguồn vốn.`,
        values: { amount: d.amount },
      });
  }
  return findings;
}

function clearanceFindings(data: RegisterData): RegisterFinding[] {
  const findings: RegisterFinding[] = [];
  for (const c of data.siteClearance) {
    const key = `${c.projectCode}|${c.period}`;
    const above = (code: string, done: number | null, total: number | null, text: string) => {
      if (done !== null && total !== null && done > total)
        findings.push({
          code,
          severity: "warning",
          register: "siteClearance",
          key,
          message: `Dự án ${c.projectCode} kỳ ${c.period}: ${text} (${vi(done)}) nhiều hơn tổng số (${vi(total)}).`,
          values: { done, total },
        });
    };
    above("register.paid_above_total", c.householdsPaid, c.householdsTotal, "số hộ đã chi trả");
    above(
      "register.handed_over_above_total",
      c.householdsHandedOver,
      c.householdsTotal,
      "số hộ đã bàn giao mặt bằng",
    );
    above("register.amount_paid_above_total", c.amountPaid, c.amountTotal, "kinh phí đã chi trả");
  }
  return findings;
}
