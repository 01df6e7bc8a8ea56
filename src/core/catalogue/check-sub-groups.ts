import type { CatalogueInput } from "./catalogue-input.ts";
import type { SubGroup } from "./indicator.ts";
import { SECTOR_CODES } from "./indicator.ts";
import type { ProblemSink } from "./problems.ts";
import { checkCode, checkDuplicates, checkText } from "./problems.ts";
import { isSectorCode } from "./sectors.ts";

/** Validates the sub-groups: codes, names, sector, duplicates. */
export function checkSubGroups(
  input: CatalogueInput["subGroups"],
  report: ProblemSink,
): readonly SubGroup[] {
  const groups = input ?? [];
  const valid: SubGroup[] = [];
  groups.forEach((group, i) => {
    const path = `subGroups[${i}]`;
    const code = checkCode(group.code, `${path}.code`, report);
    const nameVi = checkText(group.nameVi, `${path}.nameVi`, report);
    const nameEn = checkText(group.nameEn, `${path}.nameEn`, report);
    const sector = group.sector;
    if (!isSectorCode(sector)) {
      report({
        path: `${path}.sector`,
        code: "catalogue.unknown_sector",
        expected: SECTOR_CODES.join(" | "),
        received: sector,
        message: `Lĩnh vực "${String(sector)}" không có; báo cáo có bốn lĩnh vực: ${SECTOR_CODES.join(", ")}.`,
      });
    }
    if (code && nameVi && nameEn && isSectorCode(sector)) {
      valid.push({ code, sector, nameVi, nameEn });
    }
  });
  checkDuplicates(
    groups.map((g) => g.code),
    (i) => `subGroups[${i}].code`,
    "nhóm chỉ tiêu",
    report,
  );
  return valid;
}
