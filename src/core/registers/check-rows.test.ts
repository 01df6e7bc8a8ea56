import { describe, expect, it } from "vitest";
import { isBaocaoError } from "../errors.ts";
import { checkRows } from "./check-rows.ts";
import { ProblemList } from "./problems.ts";
import { RECORD_REGISTERS } from "./registers.ts";

const { commitments, disbursements, projects, tasks } = RECORD_REGISTERS;

const problemsOf = (run: (problems: ProblemList) => void) => {
  const problems = new ProblemList();
  run(problems);
  return problems.problems.map((p) => [p.index, p.field, p.code]);
};

describe("register row checks", () => {
  it("refuses negative amounts, duplicate keys and a missing owner, naming row and field", () => {
    expect(
      problemsOf((p) =>
        checkRows(
          [
            { projectCode: "DA_H01", period: "2023-09", amount: 120 },
            { projectCode: "DA_H02", period: "2023-09", amount: -35 },
            { projectCode: "DA_H01", period: "2023-09", amount: 5 },
          ],
          disbursements,
          p,
        ),
      ),
    ).toEqual([
      [1, "amount", "register.negative"],
      [2, "projectCode", "register.duplicate"],
    ]);
    expect(
      problemsOf((p) =>
        checkRows(
          [{ code: "DA_H01", nameVi: "Đường", managingLevel: "huyen_quan_ly" }],
          projects,
          p,
        ),
      ),
    ).toEqual([[0, "ownerName", "register.missing"]]);
    expect(
      problemsOf((p) =>
        checkRows(
          [
            {
              code: "da-h01",
              nameVi: "Đường",
              managingLevel: "thi_xa" as never,
              ownerName: "Ban QLDA",
            },
          ],
          projects,
          p,
        ),
      ),
    ).toEqual([
      [0, "code", "register.invalid_code"],
      [0, "managingLevel", "register.invalid_choice"],
    ]);
  });

  it("fills defaults: the month of a dated disbursement, next month's due date of a part II task", () => {
    const problems = new ProblemList();
    const [d] = checkRows(
      [{ projectCode: "DA_H01", date: "2023-08-14", amount: 10 }],
      disbursements,
      problems,
    );
    expect(d?.record).toMatchObject({ period: "2023-08", status: "official", fundSource: "" });
    const [t] = checkRows(
      [
        {
          id: "2023-09-T01",
          reportPeriod: "2023-08",
          sector: "economy",
          textVi: "Việc",
          leadUnit: "NN_KINH_TE",
        },
      ],
      tasks,
      problems,
    );
    expect(t?.record).toMatchObject({
      duePeriod: "2023-09",
      dueDate: null,
      section: "II",
      status: "new",
    });
    expect(problems.problems).toEqual([]);
  });

  it("refuses an overdue status and a commitment for both a project and a level", () => {
    expect(
      problemsOf((p) =>
        checkRows(
          [
            {
              id: "T1",
              sector: "economy",
              textVi: "Việc",
              leadUnit: "X",
              status: "overdue" as never,
            },
          ],
          tasks,
          p,
        ),
      ),
    ).toEqual([[0, "status", "register.computed_status"]]);
    expect(
      problemsOf((p) =>
        checkRows(
          [
            {
              projectCode: "DA_H01",
              managingLevel: "huyen_quan_ly",
              dueDate: "2023-08-31",
              sharePct: 90,
            },
            { dueDate: "2023-08-31", sharePct: 90 },
            { managingLevel: "huyen_quan_ly", dueDate: "2023-08-31", sharePct: 190 },
          ],
          commitments,
          p,
        ),
      ),
    ).toEqual([
      [0, "managingLevel", "register.invalid_scope"],
      [1, "projectCode", "register.invalid_scope"],
      [2, "sharePct", "register.invalid_share"],
    ]);
  });

  it("throws every problem at once, in register and row order, the first in the message", () => {
    const problems = new ProblemList();
    problems.add("tasks", 0, "status", "register.computed_status", "…");
    problems.add("projects", 4, "code", "register.duplicate", "Mã dự án bị trùng.");
    try {
      problems.throwIfAny();
    } catch (error) {
      expect(isBaocaoError(error, "register.duplicate")).toBe(true);
      expect((error as Error).message).toBe(
        "danh mục dự án, mục 5: Mã dự án bị trùng. (và 1 lỗi khác)",
      );
      return;
    }
    throw new Error("not thrown");
  });
});
