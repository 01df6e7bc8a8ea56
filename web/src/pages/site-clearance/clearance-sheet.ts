import type { z } from "zod";
import type { ClearanceView } from "../../api/contract.ts";
import { type SheetSpec, sheetDay } from "../../export/sheet-spec.ts";
import { fmtMonth } from "../../format/dates.ts";
import type { Translate } from "../../i18n/index.ts";

type Clearance = z.output<typeof ClearanceView>;

/** Site clearance by project as on screen, households and amounts summed over the projects. */
export function clearanceSheet(
  title: string,
  items: readonly Clearance[],
  t: Translate,
): SheetSpec<Clearance> {
  return {
    name: t("clearance.title"),
    title,
    rows: items,
    totalLabel: t("projects.total"),
    columns: [
      { title: t("projects.code"), value: (c) => c.projectCode, width: 16 },
      { title: t("clearance.project"), value: (c) => c.projectNameVi, width: 50 },
      {
        title: t("clearance.asOf"),
        value: (c) => sheetDay(c.date) ?? fmtMonth(c.period),
        width: 12,
      },
      { title: t("clearance.householdsTotal"), value: (c) => c.householdsTotal, sum: true },
      { title: t("clearance.householdsPaid"), value: (c) => c.householdsPaid, sum: true },
      { title: t("clearance.handedOver"), value: (c) => c.householdsHandedOver, sum: true },
      { title: t("clearance.amountTotal"), value: (c) => c.amountTotal, width: 20, sum: true },
      { title: t("clearance.amountPaid"), value: (c) => c.amountPaid, width: 20, sum: true },
      { title: t("projects.note"), value: (c) => c.note, width: 40 },
    ],
  };
}
