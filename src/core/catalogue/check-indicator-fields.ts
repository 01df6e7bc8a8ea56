import type { IndicatorInput } from "./catalogue-input.ts";
import type { Direction, SectorCode, SubGroup, ValueType } from "./indicator.ts";
import { DIRECTIONS, SECTOR_CODES, VALUE_TYPES } from "./indicator.ts";
import type { ProblemSink } from "./problems.ts";
import { isSectorCode } from "./sectors.ts";

/** Reports an unknown value type at `${path}.valueType`. */
export function checkValueType(
  value: unknown,
  path: string,
  report: ProblemSink,
): ValueType | undefined {
  if ((VALUE_TYPES as readonly unknown[]).includes(value)) return value as ValueType;
  report({
    path: `${path}.valueType`,
    code: "catalogue.invalid_value_type",
    expected: VALUE_TYPES.join(" | "),
    received: value,
    message: `Kiểu giá trị "${String(value)}" không hợp lệ.`,
  });
  return undefined;
}

/** Reports a sector outside the four at `${path}.sector`. */
export function checkSector(
  input: IndicatorInput,
  path: string,
  report: ProblemSink,
): SectorCode | undefined {
  if (isSectorCode(input.sector)) return input.sector;
  report({
    path: `${path}.sector`,
    code: "catalogue.unknown_sector",
    expected: SECTOR_CODES.join(" | "),
    received: input.sector,
    message: `Lĩnh vực "${String(input.sector)}" không có; báo cáo có bốn lĩnh vực: ${SECTOR_CODES.join(", ")}.`,
  });
  return undefined;
}

/** Returns the sub-group code, undefined when there is none, or null when it is wrong. */
export function checkSubGroup(
  input: IndicatorInput,
  path: string,
  groups: readonly SubGroup[],
  report: ProblemSink,
): string | undefined | null {
  if (input.subGroup === undefined) return undefined;
  const group = groups.find((g) => g.code === input.subGroup);
  if (group === undefined) {
    report({
      path: `${path}.subGroup`,
      code: "catalogue.unknown_sub_group",
      expected: groups.map((g) => g.code).join(" | ") || "một nhóm chỉ tiêu đã khai báo",
      received: input.subGroup,
      message: `Nhóm chỉ tiêu "${String(input.subGroup)}" chưa được khai báo.`,
    });
    return null;
  }
  if (isSectorCode(input.sector) && group.sector !== input.sector) {
    report({
      path: `${path}.subGroup`,
      code: "catalogue.sub_group_sector_mismatch",
      expected: `một nhóm chỉ tiêu thuộc lĩnh vực ${input.sector}`,
      received: input.subGroup,
      message: `Nhóm chỉ tiêu "${group.code}" thuộc lĩnh vực ${group.sector}, không thuộc ${input.sector}.`,
    });
    return null;
  }
  return group.code;
}

/** Reports an unknown direction; a missing one defaults to `neutral`. */
export function checkDirection(
  value: unknown,
  path: string,
  report: ProblemSink,
): Direction | undefined {
  const direction = value ?? "neutral";
  if ((DIRECTIONS as readonly unknown[]).includes(direction)) return direction as Direction;
  report({
    path: `${path}.direction`,
    code: "catalogue.invalid_direction",
    expected: DIRECTIONS.join(" | "),
    received: value,
    message: `Chiều đánh giá "${String(value)}" không hợp lệ.`,
  });
  return undefined;
}
