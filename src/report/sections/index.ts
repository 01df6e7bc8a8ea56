export { type OwnedSection, ownedSections, spliceSections } from "./owned-sections.ts";
export {
  describePendingSection,
  type PendingSection,
  withApprovedSections,
} from "./section-composition.ts";
export { type SectionDetail, type SectionKey, SectionService } from "./section-service.ts";
export { type SectionState, sectionStates } from "./section-states.ts";
export { checkSectionText } from "./section-text.ts";
export { mayWrite, type SectionRole, type SectionView, sectionView } from "./section-view.ts";
