import { describe, expect, it } from "vitest";
import { cycleSummary } from "./summary.ts";

describe("completeness and timeliness", () => {
  it("counts sent and approved forms as complete, first sendings by the due day as on time", () => {
    expect(
      cycleSummary([
        { state: "approved", timeliness: { kind: "on_time" } },
        { state: "submitted", timeliness: { kind: "late", daysLate: 2 } },
        { state: "returned", timeliness: { kind: "on_time" } },
        { state: "draft", timeliness: { kind: "overdue", daysLate: 3 } },
        { state: "not_started", timeliness: { kind: "pending", daysLeft: 1 } },
      ]),
    ).toEqual({
      expected: 5,
      submitted: 2,
      approved: 1,
      onTime: 2,
      overdue: 1,
      completeness: 0.4,
      timeliness: 0.4,
    });
  });

  it("answers 0, not NaN, when nothing is expected", () => {
    expect(cycleSummary([])).toMatchObject({ expected: 0, completeness: 0, timeliness: 0 });
  });
});
