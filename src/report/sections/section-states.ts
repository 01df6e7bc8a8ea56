import { type SubmissionState, sectionFormCode } from "../../core/submissions/index.ts";
import { type Engine, everAncestors } from "../../engine/index.ts";
import type { SectionDraft, SubmissionRecord } from "../../store/index.ts";
import { type OwnedSection, ownedSections } from "./owned-sections.ts";

/** An owned section of a report with what is stored of it: the department's text and its state. */
export interface SectionState {
  readonly reportUnit: string;
  readonly period: string;
  readonly section: OwnedSection;
  readonly ownerName: string;
  /** Its state in the cycle: like a form's, "not started" until the department saves a text. */
  readonly state: SubmissionState;
  readonly draft: SectionDraft | undefined;
  readonly record: SubmissionRecord | undefined;
}

/**
 * The owned sections of `template` (the report's own text) and where each stands. Only owners
 * under the report's unit count: the approval is checked one level above the owner (the forms'
 * rule), which must be the report's unit or under it.
 */
export async function sectionStates(
  engine: Pick<Engine, "store" | "units">,
  reportUnit: string,
  period: string,
  template: string,
): Promise<SectionState[]> {
  const sections = ownedSections(template).filter(
    (s) => s.owner !== reportUnit && everAncestors(engine, s.owner).includes(reportUnit),
  );
  if (sections.length === 0) return [];
  const repos = engine.store.repos;
  const drafts = new Map(
    (await repos.sectionDrafts.list(reportUnit, period)).map((d) => [d.ownerUnit, d]),
  );
  const records = new Map(
    (
      await repos.submissions.list({
        unitCodes: sections.map((s) => s.owner),
        regimeCodes: [sectionFormCode(reportUnit)],
        periods: [period],
      })
    ).map((r) => [r.unitCode, r]),
  );
  return sections.map((section) => {
    const draft = drafts.get(section.owner);
    const record = records.get(section.owner);
    return {
      reportUnit,
      period,
      section,
      ownerName: engine.units.nameOf(section.owner) ?? section.owner,
      state: record?.state ?? (draft ? "draft" : "not_started"),
      draft,
      record,
    };
  });
}
