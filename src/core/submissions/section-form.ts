/**
 * A department's section of a report (`## … {owner=UNIT}`) goes through the same cycle as a
 * form: it is stored as a submission whose unit is the owner and whose form code is
 * `section:<report unit>`. The owner sends it (a grant on the owner, as for its forms), someone
 * over it approves it (a grant strictly above the owner: the report's unit), so the transition
 * table, the audit and the versions are the forms' own, not a second copy. No reporting regime has
 * a code with a colon, so the two never meet.
 */
export const SECTION_FORM_PREFIX = "section:";

/** The form code of the sections of a unit's report: sectionFormCode("NGA_NAM") → "section:NGA_NAM". */
export function sectionFormCode(reportUnit: string): string {
  return `${SECTION_FORM_PREFIX}${reportUnit}`;
}

/** True when a submission's form code names a report's sections rather than a regime. */
export function isSectionForm(code: string): boolean {
  return code.startsWith(SECTION_FORM_PREFIX);
}
