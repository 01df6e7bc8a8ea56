import { BaocaoError } from "../../core/errors.ts";
import { parsePeriod } from "../../core/periods/index.ts";
import { FREQUENCY_VI, isFiledIn, type ReportingRegime } from "../../core/regimes/index.ts";
import {
  decideTransition,
  type Transition,
  type TransitionActor,
} from "../../core/submissions/index.ts";
import type { Finding } from "../../core/validation/index.ts";
import type { Store, SubmissionEvent, SubmissionKey, SubmissionRecord } from "../../store/index.ts";
import { reportingStatus } from "../reporting-status.ts";
import { type SubmissionView, submissionView } from "./submission-view.ts";
import { explainedWarnings, findingsOfForm } from "./submit-checks.ts";

/** What the service needs from the engine. */
export interface SubmissionDeps {
  readonly store: Store;
  readonly regimes: () => Promise<ReportingRegime[]>;
  readonly validate: (unit: string, period: string) => Promise<Finding[]>;
  readonly unitName: (unit: string) => string | undefined;
  /** Now, an ISO instant. */
  readonly clock: () => string;
}

/** A change of state someone asks for. */
export interface TransitionRequest extends SubmissionKey {
  readonly transition: Transition;
  /** The version the person saw (0: nobody acted on the form yet). */
  readonly expectedVersion: number;
  readonly actor: TransitionActor;
  /** The reviewer's comment (return) or the admin's reason (reopen); optional otherwise. */
  readonly comment?: string;
  /** On submit: an explanation per warning rule code. */
  readonly explanations?: Readonly<Record<string, string>>;
}

/**
 * The monthly collection cycle over a store: which forms are due from which units, their state
 * and timeliness, and the version-checked, audited changes of state. The HTTP routes and the CLI
 * both call it, so the rules hold the same whichever way a person comes in.
 */
export class SubmissionService {
  constructor(private readonly deps: SubmissionDeps) {}

  /**
   * Every monthly form due for the period from the units `visible` accepts, by unit and regime.
   * Example: list("2023-08", (u) => can(request, "data.read", u)).
   */
  async list(
    period: string,
    visible: (unit: string) => boolean = () => true,
  ): Promise<SubmissionView[]> {
    const month = parsePeriod(period);
    const regimes = (await this.deps.regimes()).filter((r) => isFiledIn(r, month));
    const at = this.deps.clock();
    const repos = this.deps.store.repos;
    const statuses = await reportingStatus(repos, regimes, period, at.slice(0, 10));
    const shown = statuses.filter((s) => visible(s.unit));
    const units = [...new Set(shown.map((s) => s.unit))];
    const records = byKey(await repos.submissions.list({ unitCodes: units, periods: [period] }));
    const latest = byKey(
      await repos.submissions.latestEvents({ unitCodes: units, periods: [period] }),
    );
    const regimeByCode = new Map(regimes.map((r) => [r.code, r]));
    return shown
      .map((s) => {
        const key = `${s.unit}|${s.regime}|${period}`;
        return submissionView({
          regime: regimeByCode.get(s.regime) as ReportingRegime,
          unit: s.unit,
          unitName: this.deps.unitName(s.unit) ?? s.unit,
          period,
          record: records.get(key),
          latest: latest.get(key),
          missing: s.missing,
          at,
        });
      })
      .sort((a, b) => a.unit.localeCompare(b.unit) || a.regime.localeCompare(b.regime));
  }

  /** One form with every change of its state, oldest first. */
  async get(key: SubmissionKey): Promise<{ view: SubmissionView; events: SubmissionEvent[] }> {
    const view = await this.view(key);
    return { view, events: await this.deps.store.repos.submissions.events(key) };
  }

  /**
   * Applies a transition: checks the version, the actor's right (core/submissions), on submit
   * the validation of the form's figures, then stores the new state and its audit entry in one
   * transaction. Refusals are BaocaoErrors in Vietnamese; a stale version is
   * `submission.conflict` (409).
   */
  async transition(request: TransitionRequest): Promise<SubmissionView> {
    const regime = await this.regime(request);
    const key = {
      unitCode: request.unitCode,
      regimeCode: request.regimeCode,
      period: request.period,
    };
    const before = await this.view(key, regime);
    const comment = (request.comment ?? "").trim();
    const record = await this.deps.store.repos.submissions.get(key);
    // The right first: someone refused learns nothing of the form's version.
    const to = decideTransition(
      request.transition,
      request.actor,
      { unit: key.unitCode, state: before.state, submittedBy: record?.submittedBy ?? null },
      comment,
    );
    checkVersion(request, before.version);
    const explanations =
      request.transition === "submit"
        ? explainedWarnings(
            findingsOfForm(await this.deps.validate(key.unitCode, key.period), regime),
            request.explanations ?? {},
          )
        : [];
    const at = this.deps.clock();
    const by = request.actor.username;
    const next: SubmissionRecord = {
      ...key,
      state: to,
      version: before.version + 1,
      reopened: request.transition === "reopen" || (record?.reopened ?? false),
      // The first sending dates the form's timeliness; the last sender may not approve it.
      submittedAt: record?.submittedAt ?? (request.transition === "submit" ? at : null),
      submittedBy: request.transition === "submit" ? by : (record?.submittedBy ?? null),
      updatedAt: at,
      updatedBy: by,
    };
    await this.deps.store.transaction(async (trx) => {
      // Waits for writes of the unit's month that already passed the lock check to commit.
      await trx.formLocks.hold([key], "exclusive");
      if (!(await trx.submissions.put(next, before.version))) throw conflict(request, undefined);
      await trx.submissions.addEvent({
        ...key,
        version: next.version,
        transition: request.transition,
        fromState: before.state,
        toState: to,
        comment,
        explanations,
        at,
        by,
      });
    });
    return this.view(key, regime);
  }

  private async regime(key: SubmissionKey): Promise<ReportingRegime> {
    const regime = (await this.deps.regimes()).find((r) => r.code === key.regimeCode);
    if (!regime || !isFiledIn(regime, parsePeriod(key.period)))
      throw new BaocaoError(
        "submission.unknown_regime",
        regime
          ? `Biểu "${regime.nameVi}" không nộp trong tháng ${key.period}: biểu ${FREQUENCY_VI[regime.frequency]} nộp vào tháng cuối kỳ.`
          : `Không có chế độ báo cáo mã "${key.regimeCode}".`,
        { regime: key.regimeCode, period: key.period },
      );
    if (!regime.reportingUnits.includes(key.unitCode))
      throw new BaocaoError(
        "submission.unknown_unit",
        `Đơn vị ${key.unitCode} không báo cáo theo "${regime.nameVi}".`,
        { regime: key.regimeCode, unit: key.unitCode },
      );
    return regime;
  }

  private async view(key: SubmissionKey, known?: ReportingRegime): Promise<SubmissionView> {
    const regime = known ?? (await this.regime(key));
    const repos = this.deps.store.repos;
    const at = this.deps.clock();
    const [status] = await reportingStatus(
      repos,
      [{ ...regime, reportingUnits: [key.unitCode] }],
      key.period,
      at.slice(0, 10),
    );
    const events = await repos.submissions.latestEvents({
      unitCodes: [key.unitCode],
      periods: [key.period],
    });
    return submissionView({
      regime,
      unit: key.unitCode,
      unitName: this.deps.unitName(key.unitCode) ?? key.unitCode,
      period: key.period,
      record: await repos.submissions.get(key),
      latest: events.find((e) => e.regimeCode === key.regimeCode),
      missing: status?.missing ?? regime.indicators,
      at,
    });
  }
}

function byKey<T extends SubmissionKey>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((r) => [`${r.unitCode}|${r.regimeCode}|${r.period}`, r]));
}

function checkVersion(request: TransitionRequest, current: number): void {
  if (request.expectedVersion !== current) throw conflict(request, current);
}

function conflict(request: TransitionRequest, current: number | undefined): BaocaoError {
  return new BaocaoError(
    "submission.conflict",
    `Báo cáo của ${request.unitCode} kỳ ${request.period} vừa được người khác thay đổi; hãy tải lại để xem trạng thái mới rồi làm lại.`,
    {
      unit: request.unitCode,
      regime: request.regimeCode,
      period: request.period,
      expectedVersion: request.expectedVersion,
      ...(current !== undefined ? { currentVersion: current } : {}),
    },
  );
}
