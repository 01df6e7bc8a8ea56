import { formatDateVi } from "../time/index.ts";
import type { UnitEvent, UnitKind } from "./types.ts";

const EVENT_KIND_VI: Readonly<Record<UnitEvent["kind"], string>> = {
  rename: "đổi tên",
  move: "chuyển đơn vị cấp trên",
  merge: "sáp nhập",
  split: "chia tách",
  dissolve: "giải thể",
};

const UNIT_KIND_VI: Readonly<Record<UnitKind, string>> = {
  province: "cấp tỉnh",
  district: "cấp huyện",
  commune: "cấp xã",
  agency: "cơ quan, đơn vị",
};

/** Names a unit for a clerk: "Phường 1 (PHUONG_1)"; a bare code when the unit is unknown. */
export function unitLabel(code: string, nameVi?: string): string {
  return nameVi === undefined ? `"${code}"` : `${nameVi} (${code})`;
}

/** Names an event for a clerk: `sự kiện sáp nhập "e1" ngày 01/07/2025`. */
export function eventLabel(event: Pick<UnitEvent, "id" | "kind" | "date">): string {
  return `sự kiện ${EVENT_KIND_VI[event.kind]} "${event.id}" ngày ${formatDateVi(event.date)}`;
}

/** The Vietnamese name of a unit kind, e.g. "cấp xã". */
export function unitKindLabel(kind: UnitKind): string {
  return UNIT_KIND_VI[kind];
}

/** Describes a validity interval: "có hiệu lực từ ngày 01/01/2000 đến nay". */
export function validityLabel(unit: {
  readonly validFrom: string;
  readonly validTo: string | null;
}): string {
  const from = `có hiệu lực từ ngày ${formatDateVi(unit.validFrom)}`;
  return unit.validTo === null
    ? `${from} đến nay`
    : `${from}, hết hiệu lực từ ngày ${formatDateVi(unit.validTo)}`;
}
