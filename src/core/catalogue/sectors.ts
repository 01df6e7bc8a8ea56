import { BaocaoError } from "../errors.ts";
import type { Sector, SectorCode } from "./indicator.ts";
import { SECTOR_CODES } from "./indicator.ts";

/** The report's four sectors with their labels, in report order. */
export const SECTORS: readonly Sector[] = [
  { code: "economy", nameVi: "Kinh tế", nameEn: "Economy" },
  { code: "culture_society", nameVi: "Văn hóa - Xã hội", nameEn: "Culture and society" },
  { code: "defence_security", nameVi: "Quốc phòng - An ninh", nameEn: "Defence and security" },
  {
    code: "inspection_justice_government",
    nameVi: "Thanh tra, tư pháp, xây dựng chính quyền và cải cách hành chính",
    nameEn: "Inspection, justice, government building and administrative reform",
  },
];

/** True when `code` is one of the four sector codes. */
export function isSectorCode(code: unknown): code is SectorCode {
  return typeof code === "string" && (SECTOR_CODES as readonly string[]).includes(code);
}

/** The sector with its labels; throws `catalogue.unknown_sector` for an unknown code. */
export function getSector(code: string): Sector {
  const sector = SECTORS.find((s) => s.code === code);
  if (sector === undefined) {
    throw new BaocaoError("catalogue.unknown_sector", `Không có lĩnh vực "${code}".`, {
      code,
      expected: SECTOR_CODES.join(" | "),
    });
  }
  return sector;
}
