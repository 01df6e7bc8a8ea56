import { failAt, type RowRules } from "./check-rows.ts";
import * as f from "./fields.ts";
import type { ProjectInput } from "./inputs.ts";
import { MANAGING_LEVELS, PROJECT_STATUSES, type Project } from "./types.ts";

/** A checked project whose reporting unit may still have to be worked out from its units. */
export type ProjectDraft = Omit<Project, "reportingUnit"> & {
  readonly reportingUnit: string | null;
};

/** How project rows are checked. */
export const projectRules: RowRules<ProjectInput, ProjectDraft> = {
  keyField: "code",
  describe: (key) => `Mã dự án "${key}"`,
  key: (input, fail) => f.projectCode(input.code, (c, m) => fail("code", c, m)),
  record: (input, fail) => {
    const at = (field: string) => failAt(fail, field);
    const code = f.projectCode(input.code, () => {});
    const nameVi = f.requiredText(input.nameVi, "tên dự án", at("nameVi"));
    const managingLevel = f.oneOf(
      input.managingLevel,
      MANAGING_LEVELS,
      "Cấp quản lý vốn",
      at("managingLevel"),
    );
    const programme = f.optionCode(input.programme, "chương trình", at("programme"));
    const ownerUnit = input.ownerUnit ? input.ownerUnit : null;
    const ownerName = f.optionalText(input.ownerName);
    if (!ownerUnit && ownerName.trim() === "")
      fail(
        "ownerName",
        "register.missing",
        "Thiếu chủ đầu tư: ghi mã đơn vị (owner_unit) hoặc tên chủ đầu tư (owner_name).",
      );
    const locationUnits = f.unitList(input.locationUnits, at("locationUnits"));
    const startDate = f.optional(input.startDate, (v) =>
      f.date(v, "Ngày khởi công", at("startDate")),
    );
    const endDate = f.optional(input.endDate, (v) => f.date(v, "Ngày hoàn thành", at("endDate")));
    if (startDate && endDate && endDate < startDate)
      fail(
        "endDate",
        "register.invalid_date",
        `Ngày hoàn thành ${endDate} trước ngày khởi công ${startDate}.`,
      );
    const status = f.oneOf(
      input.status ?? "in_progress",
      PROJECT_STATUSES,
      "Trạng thái dự án",
      at("status"),
    );
    if (
      code === undefined ||
      nameVi === undefined ||
      managingLevel === undefined ||
      programme === undefined ||
      locationUnits === undefined ||
      startDate === undefined ||
      endDate === undefined ||
      status === undefined ||
      (!ownerUnit && ownerName.trim() === "")
    )
      return undefined;
    return {
      code,
      nameVi,
      managingLevel,
      programme,
      ownerUnit,
      ownerName,
      reportingUnit: input.reportingUnit ? input.reportingUnit : null,
      locationUnits,
      startDate,
      endDate,
      status,
      note: f.optionalText(input.note),
      synthetic: input.synthetic === true,
    };
  },
};
