import { describe, expect, it } from "vitest";
import { type Grant, ROLES, type Role } from "../access/index.ts";
import { isBaocaoError } from "../errors.ts";
import { SUBMISSION_STATES, type SubmissionState } from "./states.ts";
import {
  availableTransitions,
  decideTransition,
  TRANSITION_RULES,
  TRANSITIONS,
  type Transition,
  type TransitionActor,
} from "./transitions.ts";

// SOC_TRANG ─ NGA_NAM ─┬─ PHUONG_1
//                      └─ XA_TAN_LONG
const PARENT: Readonly<Record<string, string>> = {
  NGA_NAM: "SOC_TRANG",
  PHUONG_1: "NGA_NAM",
  XA_TAN_LONG: "NGA_NAM",
};
const ancestorsOf = (unit: string): string[] => {
  const out: string[] = [];
  for (let u = PARENT[unit]; u !== undefined; u = PARENT[u]) out.push(u);
  return out;
};
const actor = (role: Role, unit: string, username = "someone"): TransitionActor => ({
  username,
  grants: [{ role, unit }] as Grant[],
  ancestorsOf,
});

/** Who may do what, granted on the ward itself or on the town above it. */
const ALLOWED: Readonly<Record<Transition, { onUnit: Role[]; onParent: Role[] }>> = {
  submit: { onUnit: ["admin", "office", "reporter"], onParent: ["admin", "office", "reporter"] },
  approve: { onUnit: [], onParent: ["admin", "office", "approver"] },
  return: { onUnit: [], onParent: ["admin", "office", "approver"] },
  reopen: { onUnit: ["admin"], onParent: ["admin"] },
};

/** The state before each transition that the table allows it from (one per transition). */
const FROM: Readonly<Record<Transition, SubmissionState>> = {
  submit: "returned",
  approve: "submitted",
  return: "submitted",
  reopen: "approved",
};

function outcome(t: Transition, a: TransitionActor, state: SubmissionState): string {
  try {
    return decideTransition(t, a, { unit: "PHUONG_1", state, submittedBy: "phuong1" }, "ý kiến");
  } catch (error) {
    if (isBaocaoError(error)) return error.code;
    throw error;
  }
}

describe("the transition table", () => {
  for (const t of TRANSITIONS)
    for (const role of ROLES)
      for (const place of ["onUnit", "onParent"] as const) {
        const unit = place === "onUnit" ? "PHUONG_1" : "NGA_NAM";
        const allowed = ALLOWED[t][place].includes(role);
        it(`${t} by ${role} granted on ${unit}: ${allowed ? "allowed" : "forbidden"}`, () => {
          expect(outcome(t, actor(role, unit), FROM[t])).toBe(
            allowed ? TRANSITION_RULES[t].to : "submission.forbidden",
          );
        });
      }

  it("moves each transition only from its own states", () => {
    const admin = actor("admin", "SOC_TRANG");
    for (const t of TRANSITIONS)
      for (const state of SUBMISSION_STATES)
        expect(outcome(t, admin, state), `${t} from ${state}`).toBe(
          TRANSITION_RULES[t].from.includes(state)
            ? TRANSITION_RULES[t].to
            : "submission.invalid_transition",
        );
  });

  it("follows the cycle: submit, return with a comment, submit again, approve, reopen", () => {
    const reporter = actor("reporter", "PHUONG_1", "phuong1");
    const leader = actor("approver", "NGA_NAM", "lanhdao");
    const admin = actor("admin", "NGA_NAM", "admin");
    const subject = (state: SubmissionState) => ({
      unit: "PHUONG_1",
      state,
      submittedBy: "phuong1",
    });
    expect(decideTransition("submit", reporter, subject("draft"))).toBe("submitted");
    expect(decideTransition("return", leader, subject("submitted"), "Thiếu số lúa")).toBe(
      "returned",
    );
    expect(decideTransition("submit", reporter, subject("returned"))).toBe("submitted");
    expect(decideTransition("approve", leader, subject("submitted"))).toBe("approved");
    expect(decideTransition("reopen", admin, subject("approved"), "Sai số liệu")).toBe("draft");
  });

  it("lets nobody approve or return what they sent themselves, even from above", () => {
    const office = actor("office", "NGA_NAM", "vanphong");
    const own = { unit: "PHUONG_1", state: "submitted" as const, submittedBy: "vanphong" };
    expect(() => decideTransition("approve", office, own)).toThrow(/tự duyệt/);
    expect(() => decideTransition("return", office, own, "x")).toThrow(/tự duyệt/);
    expect(availableTransitions(office, own)).toEqual([]);
    expect(availableTransitions(office, { ...own, submittedBy: "phuong1" })).toEqual([
      "approve",
      "return",
    ]);
  });

  it("asks for a comment to return and a reason to reopen", () => {
    const leader = actor("approver", "NGA_NAM");
    const admin = actor("admin", "NGA_NAM");
    const subject = { unit: "PHUONG_1", state: "submitted" as const, submittedBy: "phuong1" };
    expect(() => decideTransition("return", leader, subject, "  ")).toThrow(/ý kiến/);
    expect(() => decideTransition("reopen", admin, subject)).toThrow(/lý do/);
  });

  it("keeps an approver of one commune away from another", () => {
    const approver = actor("approver", "XA_TAN_LONG");
    const subject = { unit: "PHUONG_1", state: "submitted" as const, submittedBy: "phuong1" };
    expect(() => decideTransition("approve", approver, subject)).toThrow(/không có quyền duyệt/);
  });

  it("says in Vietnamese why a state refuses", () => {
    const reporter = actor("reporter", "PHUONG_1");
    expect(() =>
      decideTransition("submit", reporter, {
        unit: "PHUONG_1",
        state: "approved",
        submittedBy: null,
      }),
    ).toThrow('Không thể gửi báo cáo khi báo cáo đang ở trạng thái "đã duyệt".');
  });
});
