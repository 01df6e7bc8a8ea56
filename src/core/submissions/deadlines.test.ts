import { describe, expect, it } from "vitest";
import type { ReportingRegime } from "../regimes/index.ts";
import {
  addDays,
  daysBetween,
  dueDate,
  isPastLock,
  lockDate,
  timeliness,
  timelinessVi,
} from "./deadlines.ts";
import { dateLockHolds } from "./states.ts";

const regime = (fields: Partial<ReportingRegime>): ReportingRegime => ({
  code: "r",
  nameVi: "r",
  frequency: "month",
  cutoff: "decree09",
  reportingUnits: [],
  indicators: [],
  ...fields,
});

describe("due and lock dates", () => {
  it("falls due in the month itself under Decree 09, in the next month for a calendar month", () => {
    expect(dueDate(regime({ deadlineDay: 16 }), "2023-08")).toBe("2023-08-16");
    expect(dueDate(regime({ cutoff: "calendar", deadlineDay: 16 }), "2023-12")).toBe("2024-01-16");
    expect(dueDate(regime({ cutoff: "calendar" }), "2023-08")).toBe("2023-09-20");
  });

  it("takes the month's last day for a due day past it", () => {
    expect(dueDate(regime({ cutoff: "calendar", deadlineDay: 31 }), "2024-01")).toBe("2024-02-29");
  });

  it("locks 5 days after the due date by default, a given number of days when set, never when unset", () => {
    expect(lockDate(regime({ deadlineDay: 16, lockAfterDays: true }), "2023-08")).toBe(
      "2023-08-21",
    );
    expect(lockDate(regime({ deadlineDay: 28, lockAfterDays: 10 }), "2023-08")).toBe("2023-09-07");
    expect(lockDate(regime({ deadlineDay: 16 }), "2023-08")).toBeNull();
    const locked = regime({ deadlineDay: 16, lockAfterDays: true });
    expect(isPastLock(locked, "2023-08", "2023-08-21")).toBe(false);
    expect(isPastLock(locked, "2023-08", "2023-08-22")).toBe(true);
  });

  it("counts days across months and years", () => {
    expect(addDays("2023-12-30", 3)).toBe("2024-01-02");
    expect(daysBetween("2024-02-27", "2024-03-01")).toBe(3);
    expect(daysBetween("2024-03-01", "2024-02-27")).toBe(-3);
  });
});

describe("the lock by date", () => {
  it("holds for a form nobody acted on or sent, not once reopened or while returned", () => {
    expect(dateLockHolds(undefined)).toBe(true);
    expect(dateLockHolds({ state: "submitted", reopened: false })).toBe(true);
    expect(dateLockHolds({ state: "approved", reopened: true })).toBe(false);
    expect(dateLockHolds({ state: "returned", reopened: false })).toBe(false);
  });
});

describe("timeliness", () => {
  it("says on time or late once sent, days left or late before", () => {
    expect(timeliness("2023-08-16", "2023-09-01", "2023-08-16")).toEqual({ kind: "on_time" });
    expect(timeliness("2023-08-16", "2023-09-01", "2023-08-18")).toEqual({
      kind: "late",
      daysLate: 2,
    });
    expect(timeliness("2023-08-16", "2023-08-13", null)).toEqual({ kind: "pending", daysLeft: 3 });
    expect(timeliness("2023-08-16", "2023-08-16", null)).toEqual({ kind: "pending", daysLeft: 0 });
    expect(timeliness("2023-08-16", "2023-08-20", null)).toEqual({ kind: "overdue", daysLate: 4 });
  });

  it("reads in Vietnamese", () => {
    expect(timelinessVi({ kind: "pending", daysLeft: 3 })).toBe("còn 3 ngày");
    expect(timelinessVi({ kind: "pending", daysLeft: 0 })).toBe("hạn hôm nay");
    expect(timelinessVi({ kind: "overdue", daysLate: 2 })).toBe("quá hạn 2 ngày");
    expect(timelinessVi({ kind: "on_time" })).toBe("đúng hạn");
  });
});
