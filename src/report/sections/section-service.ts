import type { Grant } from "../../core/access/index.ts";
import { BaocaoError } from "../../core/errors.ts";
import { formatPeriodId, parsePeriod } from "../../core/periods/index.ts";
import {
  decideTransition,
  isLockedState,
  SUBMISSION_STATE_LABELS_VI,
  type SubmissionState,
  sectionFormCode,
  type Transition,
  type TransitionActor,
} from "../../core/submissions/index.ts";
import type { Engine } from "../../engine/index.ts";
import type { SectionDraft, SubmissionEvent, SubmissionKey } from "../../store/index.ts";
import type { Composer } from "../composer/index.ts";
import { type SectionState, sectionStates } from "./section-states.ts";
import { checkSectionText } from "./section-text.ts";
import { mayWrite, type SectionView, sectionView } from "./section-view.ts";

/** Which section: the report's unit and period, and the owner named on its heading. */
export interface SectionKey {
  readonly reportUnit: string;
  readonly period: string;
  readonly owner: string;
}

/** A section with its text (the department's, else the office's) and its history. */
export interface SectionDetail {
  readonly view: SectionView;
  readonly text: string;
  /** The office's text of the section in the report's template, for comparison. */
  readonly officeText: string;
  readonly events: SubmissionEvent[];
}

/**
 * The departments' sections of reports (`{owner=UNIT}`): their texts, saved with a version, and
 * their cycle, which is the forms' (core/submissions: the same states, transition table, audit
 * and versions, stored as submissions of the form `section:<report unit>`). Routes and tests call
 * it; the composer splices approved texts in (section-composition.ts).
 */
export class SectionService {
  constructor(
    private readonly engine: Engine,
    private readonly composer: Composer,
    /** Now, an ISO instant (the server's clock; tests pass a fixed one). */
    private readonly clock: () => string,
  ) {}

  /** The owned sections of the report of `reportUnit` for the period, as `actor` sees them. */
  async list(reportUnit: string, period: string, actor: TransitionActor): Promise<SectionView[]> {
    const id = periodId(period);
    const template = await this.template(reportUnit, id);
    if (template === undefined) return [];
    const states = await sectionStates(this.engine, reportUnit, id, template);
    return this.views(states, actor);
  }

  /**
   * The sections of every report of the period whose owner `visible` accepts (the "Việc cần
   * làm" page: a department's own sections, the office's sections to review).
   */
  async listAll(
    period: string,
    actor: TransitionActor,
    visible: (owner: string) => boolean,
  ): Promise<SectionView[]> {
    const id = periodId(period);
    const out: SectionView[] = [];
    for (const unit of await this.engine.store.repos.reports.unitsWithPeriod(id)) {
      const template = await this.template(unit, id);
      if (template === undefined) continue;
      const states = (await sectionStates(this.engine, unit, id, template)).filter((s) =>
        visible(s.section.owner),
      );
      out.push(...(await this.views(states, actor)));
    }
    return out;
  }

  /** One section with its text and every change of its state. */
  async get(key: SectionKey, actor: TransitionActor): Promise<SectionDetail> {
    const s = await this.state(key);
    const [view] = await this.views([s], actor);
    return {
      view: view as SectionView,
      text: s.draft?.text ?? s.section.text,
      officeText: s.section.text,
      events: await this.engine.store.repos.submissions.events(submissionKey(s)),
    };
  }

  /**
   * Saves the department's text. Refused: without the right to send the section
   * (`section.forbidden`), once sent or approved (`section.locked`), with a text that does not
   * fit its place (`section.invalid_text`) or names a unit the writer may not read, and when
   * someone saved since `expectedVersion` (`section.conflict`, 409).
   */
  async save(
    request: SectionKey & { readonly text: string; readonly expectedVersion: number },
    actor: TransitionActor,
    reader?: readonly Grant[],
  ): Promise<SectionView> {
    const s = await this.state(request);
    if (!mayWrite(actor, s.section.owner))
      throw new BaocaoError(
        "section.forbidden",
        `Tài khoản ${actor.username} không có quyền soạn phần “${s.section.title}” của ${s.ownerName}.`,
        { owner: s.section.owner, reportUnit: s.reportUnit, period: s.period },
      );
    const text = request.text.replace(/\r\n?/g, "\n").trimEnd();
    checkSectionText(text, s.section);
    if (reader) await this.composer.checkReadable({ template: text, reader });
    const at = this.clock();
    await this.engine.store.transaction(async (trx) => {
      // Kept apart from a change of the section's state until this save commits.
      await trx.formLocks.hold([lockPair(s)], "exclusive");
      const record = await trx.submissions.get(submissionKey(s));
      if (record && isLockedState(record.state)) throw locked(s, record.state);
      const current = (await trx.sectionDrafts.get(draftKey(s)))?.version ?? 0;
      if (current !== request.expectedVersion) throw conflict(s, request.expectedVersion, current);
      const draft: SectionDraft = {
        ...draftKey(s),
        text,
        version: current + 1,
        updatedAt: at,
        updatedBy: actor.username,
      };
      if (!(await trx.sectionDrafts.put(draft, current)))
        throw conflict(s, request.expectedVersion, undefined);
    });
    const [view] = await this.views([await this.state(request)], actor);
    return view as SectionView;
  }

  /**
   * Sends, approves, returns (with a comment) or reopens (an admin, with a reason) a section by
   * the forms' table: nobody approves what they sent, every change is audited, a stale
   * `expectedVersion` (the state's) is `submission.conflict`.
   */
  async transition(
    request: SectionKey & {
      readonly transition: Transition;
      readonly expectedVersion: number;
      readonly comment?: string;
    },
    actor: TransitionActor,
  ): Promise<SectionView> {
    const s = await this.state(request);
    const comment = (request.comment ?? "").trim();
    const to = decideTransition(
      request.transition,
      actor,
      { unit: s.section.owner, state: s.state, submittedBy: s.record?.submittedBy ?? null },
      comment,
    );
    const before = s.record?.version ?? 0;
    if (request.expectedVersion !== before) throw stateConflict(s, request.expectedVersion, before);
    const at = this.clock();
    const by = actor.username;
    const key = submissionKey(s);
    await this.engine.store.transaction(async (trx) => {
      await trx.formLocks.hold([lockPair(s)], "exclusive");
      // Sending a section nobody saved sends the office's text as the department's.
      if (request.transition === "submit" && !(await trx.sectionDrafts.get(draftKey(s))))
        await trx.sectionDrafts.put(
          { ...draftKey(s), text: s.section.text, version: 1, updatedAt: at, updatedBy: by },
          0,
        );
      const stored = await trx.submissions.put(
        {
          ...key,
          state: to,
          version: before + 1,
          reopened: request.transition === "reopen" || (s.record?.reopened ?? false),
          submittedAt: s.record?.submittedAt ?? (request.transition === "submit" ? at : null),
          submittedBy: request.transition === "submit" ? by : (s.record?.submittedBy ?? null),
          updatedAt: at,
          updatedBy: by,
        },
        before,
      );
      if (!stored) throw stateConflict(s, request.expectedVersion, undefined);
      await trx.submissions.addEvent({
        ...key,
        version: before + 1,
        transition: request.transition,
        fromState: s.state,
        toState: to,
        comment,
        explanations: [],
        at,
        by,
      });
    });
    const [view] = await this.views([await this.state(request)], actor);
    return view as SectionView;
  }

  private async views(states: readonly SectionState[], actor: TransitionActor) {
    if (states.length === 0) return [];
    const first = states[0] as SectionState;
    const latest = await this.engine.store.repos.submissions.latestEvents({
      unitCodes: states.map((s) => s.section.owner),
      periods: [first.period],
    });
    return states.map((s) =>
      sectionView(
        s,
        actor,
        latest.find(
          (e) => e.unitCode === s.section.owner && e.regimeCode === sectionFormCode(s.reportUnit),
        ),
      ),
    );
  }

  private async state(key: SectionKey): Promise<SectionState> {
    const period = periodId(key.period);
    const template = await this.template(key.reportUnit, period);
    const found =
      template === undefined
        ? undefined
        : (await sectionStates(this.engine, key.reportUnit, period, template)).find(
            (s) => s.section.owner === key.owner,
          );
    if (!found)
      throw new BaocaoError(
        "section.not_found",
        `Báo cáo ${key.reportUnit} kỳ ${period} không có phần nào giao cho ${this.engine.units.nameOf(key.owner) ?? key.owner}.`,
        { reportUnit: key.reportUnit, period, owner: key.owner },
      );
    return found;
  }

  /** The report's own text: its newest version, draft or issued. */
  private async template(unit: string, period: string): Promise<string | undefined> {
    const [latest] = await this.engine.store.repos.reports.versions(unit, period);
    return latest?.template;
  }
}

function periodId(period: string): string {
  return formatPeriodId(parsePeriod(period));
}

function submissionKey(s: SectionState): SubmissionKey {
  return { unitCode: s.section.owner, regimeCode: sectionFormCode(s.reportUnit), period: s.period };
}

function draftKey(s: SectionState) {
  return { reportUnit: s.reportUnit, period: s.period, ownerUnit: s.section.owner };
}

/** The form lock of the section: its owner and a period that names the report too. */
function lockPair(s: SectionState) {
  return { unitCode: s.section.owner, period: `${sectionFormCode(s.reportUnit)}|${s.period}` };
}

function locked(s: SectionState, state: SubmissionState): BaocaoError {
  return new BaocaoError(
    "section.locked",
    `Phần “${s.section.title}” của ${s.ownerName} kỳ ${s.period} không sửa được: phần báo cáo ${SUBMISSION_STATE_LABELS_VI[state]}. Muốn sửa, hãy đề nghị người duyệt trả lại phần báo cáo.`,
    { owner: s.section.owner, reportUnit: s.reportUnit, period: s.period, state },
  );
}

function conflict(s: SectionState, expected: number, current: number | undefined): BaocaoError {
  return new BaocaoError(
    "section.conflict",
    `Phần “${s.section.title}” của ${s.ownerName} vừa được người khác lưu${current !== undefined ? ` (phiên bản ${current})` : ""}; hãy tải lại rồi sửa tiếp, để không ghi đè nội dung của họ.`,
    {
      owner: s.section.owner,
      reportUnit: s.reportUnit,
      period: s.period,
      expectedVersion: expected,
      ...(current !== undefined ? { currentVersion: current } : {}),
    },
  );
}

function stateConflict(s: SectionState, expected: number, current: number | undefined) {
  return new BaocaoError(
    "submission.conflict",
    `Phần “${s.section.title}” của ${s.ownerName} kỳ ${s.period} vừa được người khác thay đổi; hãy tải lại để xem trạng thái mới rồi làm lại.`,
    {
      owner: s.section.owner,
      reportUnit: s.reportUnit,
      period: s.period,
      expectedVersion: expected,
      ...(current !== undefined ? { currentVersion: current } : {}),
    },
  );
}
