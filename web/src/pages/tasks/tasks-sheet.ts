import type { TaskView } from "../../api/contract.ts";
import { type SheetSpec, sheetDay } from "../../export/sheet-spec.ts";
import type { Translate } from "../../i18n/index.ts";

interface Names {
  readonly t: Translate;
  readonly sectorName: (code: string) => string;
  readonly unitName: (code: string) => string;
}

/** The tasks as listed on screen, one row each, for "Tải Excel". */
export function tasksSheet(
  title: string,
  tasks: readonly TaskView[],
  { t, sectorName, unitName }: Names,
): SheetSpec<TaskView> {
  return {
    name: t("tasks.title"),
    title,
    rows: tasks,
    columns: [
      { title: t("tasks.text"), value: (task) => task.textVi, width: 60 },
      { title: t("tasks.sector"), value: (task) => sectorName(task.sector), width: 22 },
      { title: t("tasks.lead"), value: (task) => unitName(task.leadUnit), width: 28 },
      {
        title: t("tasks.partners"),
        value: (task) => task.partnerUnits.map(unitName).join("; "),
        width: 28,
      },
      { title: t("tasks.due"), value: (task) => sheetDay(task.due), width: 12 },
      {
        title: t("tasks.status"),
        value: (task) =>
          `${t(`taskStatus.${task.status}`)}${task.late && task.status === "done" ? ` (${t("tasks.late")})` : ""}`,
        width: 18,
      },
      { title: t("tasks.closedOnColumn"), value: (task) => sheetDay(task.closedOn), width: 14 },
      { title: t("tasks.noteColumn"), value: (task) => task.note, width: 40 },
    ],
  };
}
