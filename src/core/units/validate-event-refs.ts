import { BaocaoError } from "../errors.ts";
import { isIsoDate } from "../time/index.ts";
import { eventLabel } from "./labels.ts";
import type { OrgUnit, UnitEvent } from "./types.ts";

/** Tolerance for split weights, which are often typed as decimals such as 0.6 and 0.4. */
export const WEIGHT_TOLERANCE = 1e-9;

function referencedUnits(event: UnitEvent): readonly string[] {
  switch (event.kind) {
    case "rename":
    case "dissolve":
      return [event.unit];
    case "move":
      return event.parent === null ? [event.unit] : [event.unit, event.parent];
    case "merge":
      return [...event.sources, event.target];
    case "split":
      return [event.source, ...event.targets.map((share) => share.unit)];
  }
}

function repeated(codes: readonly string[]): string[] {
  return [...new Set(codes.filter((code, i) => codes.indexOf(code) !== i))];
}

function checkShape(event: UnitEvent): BaocaoError[] {
  const label = eventLabel(event);
  const details = { event: event.id, date: event.date };
  const invalid = (message: string, extra: Record<string, unknown> = {}) =>
    new BaocaoError("units.invalid_event", `${label}: ${message}`, { ...details, ...extra });
  if (event.kind === "rename" && (event.nameVi.trim() === "" || event.nameEn.trim() === "")) {
    return [
      invalid("tên mới (tiếng Việt và tiếng Anh) không được để trống.", { unit: event.unit }),
    ];
  }
  if (event.kind === "merge") {
    if (event.sources.length === 0) return [invalid("chưa ghi đơn vị nào được sáp nhập.")];
    const twice = repeated(event.sources);
    if (twice.length > 0)
      return [invalid(`đơn vị "${twice.join('", "')}" được ghi hai lần.`, { units: twice })];
  }
  if (event.kind === "split") {
    if (event.targets.length === 0) return [invalid("chưa ghi đơn vị nào nhận phần chia tách.")];
    const twice = repeated(event.targets.map((share) => share.unit));
    if (twice.length > 0)
      return [invalid(`đơn vị "${twice.join('", "')}" được ghi hai lần.`, { units: twice })];
    const bad = event.targets.filter(
      (s) => !Number.isFinite(s.weight) || s.weight <= 0 || s.weight > 1,
    );
    if (bad.length > 0) {
      const list = bad.map((s) => `"${s.unit}": ${s.weight}`).join(", ");
      const message = `${label}: tỷ lệ chia phải lớn hơn 0 và không quá 1 (${list}).`;
      return [
        new BaocaoError("units.invalid_weight", message, {
          ...details,
          units: bad.map((s) => s.unit),
        }),
      ];
    }
    const sum = event.targets.reduce((total, share) => total + share.weight, 0);
    if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
      const message = `${label}: tổng tỷ lệ chia của đơn vị "${event.source}" là ${sum}, phải bằng 1.`;
      return [
        new BaocaoError("units.split_weights", message, { ...details, unit: event.source, sum }),
      ];
    }
  }
  return [];
}

/** Checks each event on its own: id, date, known unit codes, split weights. */
export function checkEventRefs(
  events: readonly UnitEvent[],
  units: ReadonlyMap<string, OrgUnit>,
): BaocaoError[] {
  const errors: BaocaoError[] = [];
  const ids = new Set<string>();
  events.forEach((event, position) => {
    const label = eventLabel(event);
    if (ids.has(event.id)) {
      const message = `Mã sự kiện "${event.id}" được dùng cho hai sự kiện; mỗi sự kiện cần một mã riêng.`;
      errors.push(new BaocaoError("units.duplicate_event", message, { event: event.id, position }));
    }
    ids.add(event.id);
    if (!isIsoDate(event.date)) {
      const message = `${label}: ngày "${event.date}" không phải ngày hợp lệ dạng năm-tháng-ngày (YYYY-MM-DD).`;
      errors.push(
        new BaocaoError("units.invalid_date", message, {
          event: event.id,
          position,
          value: event.date,
        }),
      );
    }
    for (const code of new Set(referencedUnits(event))) {
      if (!units.has(code)) {
        const message = `${label}: không có đơn vị nào mang mã "${code}".`;
        errors.push(
          new BaocaoError("units.unknown_unit", message, { event: event.id, unit: code, position }),
        );
      }
    }
    errors.push(...checkShape(event));
  });
  return errors;
}
