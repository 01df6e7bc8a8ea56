import { SUBMISSION_STATE_LABELS_VI, type SubmissionState } from "../../core/submissions/index.ts";
import type { Engine } from "../../engine/index.ts";
import { spliceSections } from "./owned-sections.ts";
import { sectionStates } from "./section-states.ts";

/** An owned section whose department's text is not approved yet: the office's text stands. */
export interface PendingSection {
  readonly owner: string;
  readonly ownerName: string;
  readonly title: string;
  readonly state: SubmissionState;
}

/**
 * The template to compose: each section whose department's text is approved replaced by that
 * text (the draft stays the office's; the approved text is spliced in by owner whenever the
 * report is composed, previewed or issued), and the sections still waiting, for the checks.
 */
export async function withApprovedSections(
  engine: Pick<Engine, "store" | "units">,
  unit: string,
  period: string,
  template: string,
): Promise<{ template: string; pending: PendingSection[] }> {
  const states = await sectionStates(engine, unit, period, template);
  const approved = new Map<string, string>();
  const pending: PendingSection[] = [];
  for (const s of states) {
    if (s.state === "approved" && s.draft) approved.set(s.section.owner, s.draft.text);
    else
      pending.push({
        owner: s.section.owner,
        ownerName: s.ownerName,
        title: s.section.title,
        state: s.state,
      });
  }
  return {
    template: approved.size > 0 ? spliceSections(template, approved) : template,
    pending,
  };
}

/** "Phần “1. Kinh tế” của Phòng Tài chính - Kế hoạch … chưa được duyệt (đang nhập)." */
export function describePendingSection(s: PendingSection): string {
  return `Phần “${s.title}” của ${s.ownerName} chưa được duyệt (${SUBMISSION_STATE_LABELS_VI[s.state]}); báo cáo đang dùng nội dung của văn phòng cho phần này.`;
}
