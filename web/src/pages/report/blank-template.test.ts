import { describe, expect, it } from "vitest";
import { blankTemplate } from "./blank-template.ts";

describe("blankTemplate", () => {
  it("issues a commune's first report as its People's Committee, an office under its own name", () => {
    const commune = blankTemplate({ nameVi: "Xã Mới", kind: "commune" });
    expect(commune).toContain('issuingBody: "ỦY BAN NHÂN DÂN XÃ MỚI"\n');
    expect(commune).toContain("# I. TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG {{ $month }} NĂM {{ $year }}");
    expect(blankTemplate({ nameVi: "Phòng Kinh tế", kind: "agency" })).toContain(
      'issuingBody: "PHÒNG KINH TẾ"',
    );
    expect(blankTemplate(undefined)).not.toContain("issuingBody");
  });
});
