/** The unit a first report is written for, as the units list gives it. */
interface IssuingUnit {
  readonly nameVi: string;
  readonly kind: string;
}

/**
 * The skeleton a commune's very first report starts from (there is no earlier report to carry
 * forward): the document's heading and the first part's title, in Vietnamese whatever the
 * screen's language, since the document is. An administrative level issues as its People's
 * Committee ("ỦY BAN NHÂN DÂN XÃ MỚI"); an office under its own name.
 */
export function blankTemplate(unit: IssuingUnit | undefined): string {
  const issuer = !unit
    ? undefined
    : unit.kind === "agency"
      ? unit.nameVi.toUpperCase()
      : `ỦY BAN NHÂN DÂN ${unit.nameVi.toUpperCase()}`;
  return [
    "---",
    ...(issuer ? [`issuingBody: ${JSON.stringify(issuer)}`] : []),
    "title: BÁO CÁO",
    'number: "…/BC-UBND"',
    'subject: "Tình hình thực hiện nhiệm vụ kinh tế - xã hội {{ $period_name }}"',
    "---",
    "# I. TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG {{ $month }} NĂM {{ $year }}",
    "",
  ].join("\n");
}
