import { BaocaoError } from "../errors.ts";
import { formatDateVi, isIsoDate } from "../time/index.ts";
import { unitLabel, validityLabel } from "./labels.ts";
import type { OrgUnit, UnitKind } from "./types.ts";

const KINDS: readonly UnitKind[] = ["province", "district", "commune", "agency"];

function overlaps(a: OrgUnit, b: OrgUnit): boolean {
  const aEndsAfterBStarts = a.validTo === null || a.validTo > b.validFrom;
  const bEndsAfterAStarts = b.validTo === null || b.validTo > a.validFrom;
  return aEndsAfterBStarts && bEndsAfterAStarts;
}

function checkOne(unit: OrgUnit, position: number): BaocaoError[] {
  const errors: BaocaoError[] = [];
  const label = unitLabel(unit.code, unit.nameVi);
  if (typeof unit.code !== "string" || unit.code.trim() === "") {
    const message = `Đơn vị thứ ${position + 1} (${unit.nameVi}) chưa có mã đơn vị.`;
    errors.push(new BaocaoError("units.invalid_unit", message, { position }));
  }
  if (!KINDS.includes(unit.kind)) {
    const message = `Đơn vị ${label} có loại "${String(unit.kind)}" không hợp lệ; loại phải là tỉnh (province), cấp huyện (district), cấp xã (commune) hoặc cơ quan (agency).`;
    errors.push(new BaocaoError("units.invalid_kind", message, { unit: unit.code, position }));
  }
  if (!isIsoDate(unit.validFrom)) {
    const message = `Đơn vị ${label}: ngày bắt đầu hiệu lực "${unit.validFrom}" không phải ngày hợp lệ dạng năm-tháng-ngày (YYYY-MM-DD).`;
    errors.push(
      new BaocaoError("units.invalid_date", message, {
        unit: unit.code,
        field: "validFrom",
        value: unit.validFrom,
      }),
    );
  }
  if (unit.validTo !== null && !isIsoDate(unit.validTo)) {
    const message = `Đơn vị ${label}: ngày hết hiệu lực "${unit.validTo}" không phải ngày hợp lệ dạng năm-tháng-ngày (YYYY-MM-DD).`;
    errors.push(
      new BaocaoError("units.invalid_date", message, {
        unit: unit.code,
        field: "validTo",
        value: unit.validTo,
      }),
    );
  }
  if (errors.length === 0 && unit.validTo !== null && unit.validTo <= unit.validFrom) {
    const message = `Đơn vị ${label}: ngày hết hiệu lực ${formatDateVi(unit.validTo)} phải sau ngày bắt đầu hiệu lực ${formatDateVi(unit.validFrom)}.`;
    errors.push(
      new BaocaoError("units.invalid_interval", message, {
        unit: unit.code,
        validFrom: unit.validFrom,
        validTo: unit.validTo,
      }),
    );
  }
  return errors;
}

/** Checks each unit on its own and against the others: dates, repeated codes, unknown parents. */
export function checkUnits(units: readonly OrgUnit[]): BaocaoError[] {
  const errors = units.flatMap((unit, position) => checkOne(unit, position));
  const seen = new Map<string, OrgUnit>();
  units.forEach((unit, position) => {
    const first = seen.get(unit.code);
    if (!first) {
      seen.set(unit.code, unit);
      return;
    }
    const details = { unit: unit.code, position };
    if (overlaps(first, unit)) {
      const message = `Mã đơn vị "${unit.code}" có hai khoảng hiệu lực chồng lên nhau: ${first.nameVi} ${validityLabel(first)} và ${unit.nameVi} ${validityLabel(unit)}.`;
      errors.push(new BaocaoError("units.overlapping_validity", message, details));
    } else {
      const message = `Mã đơn vị "${unit.code}" được dùng cho hai đơn vị (${first.nameVi} và ${unit.nameVi}); mã đơn vị không được dùng lại, hãy đặt mã mới và ghi sự kiện sáp nhập, chia tách hoặc đổi tên.`;
      errors.push(new BaocaoError("units.duplicate_code", message, details));
    }
  });
  for (const unit of units) {
    if (unit.parent !== null && !seen.has(unit.parent)) {
      const message = `Đơn vị ${unitLabel(unit.code, unit.nameVi)} ghi đơn vị cấp trên "${unit.parent}" nhưng không có đơn vị nào mang mã này.`;
      errors.push(
        new BaocaoError("units.unknown_parent", message, { unit: unit.code, parent: unit.parent }),
      );
    }
  }
  return errors;
}
