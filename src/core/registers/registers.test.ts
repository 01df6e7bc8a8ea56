import { describe, expect, it } from "vitest";
import { checkRows } from "./check-rows.ts";
import { ProblemList } from "./problems.ts";
import type { InputOf, RecordOf, RecordRegisterName } from "./register-definition.ts";
import {
  PROGRESS_REGISTER,
  RECORD_REGISTER_NAMES,
  RECORD_REGISTERS,
  REGISTER_NAMES,
  registerLabel,
} from "./registers.ts";

/** One valid row per register. */
const SAMPLES: { readonly [N in RecordRegisterName]: InputOf<N> } = {
  projects: {
    code: "DA_H01",
    nameVi: "Đường",
    managingLevel: "huyen_quan_ly",
    ownerName: "Ban QLDA",
    reportingUnit: "NN",
  },
  capitalPlans: { projectCode: "DA_H01", year: 2023, fundSource: "huyen_quan_ly", amount: 100 },
  commitments: { managingLevel: "tinh_quan_ly", dueDate: "2023-09-30", sharePct: 34 },
  disbursements: { projectCode: "DA_H01", period: "2023-09", fundSource: "x", amount: 5 },
  siteClearance: {
    projectCode: "DA_H01",
    period: "2023-09",
    householdsTotal: 10,
    householdsPaid: 4,
  },
  tasks: { id: "2023-09-T01", textVi: "Làm đường", sector: "economy", leadUnit: "NN_KINH_TE" },
};

describe("register definitions", () => {
  it("lists every register once, the progress log last, each with its Vietnamese name", () => {
    expect(REGISTER_NAMES).toEqual([...RECORD_REGISTER_NAMES, "taskProgress"]);
    expect(new Set(REGISTER_NAMES).size).toBe(REGISTER_NAMES.length);
    expect(REGISTER_NAMES.map(registerLabel)).toEqual([
      "danh mục dự án",
      "kế hoạch vốn",
      "cam kết giải ngân",
      "giải ngân",
      "giải phóng mặt bằng",
      "nhiệm vụ",
      "tiến độ nhiệm vụ",
    ]);
  });

  it("names projects and tasks as the parents, and they belong to no register themselves", () => {
    const parents = [
      ...RECORD_REGISTER_NAMES.flatMap((r) => RECORD_REGISTERS[r].parent?.register ?? []),
      PROGRESS_REGISTER.parent.register,
    ];
    expect(new Set(parents)).toEqual(new Set(["projects", "tasks"]));
    for (const parent of parents) expect(RECORD_REGISTERS[parent].parent).toBeUndefined();
  });

  it("gives a checked row the key its stored record has", () => {
    const keys = <N extends RecordRegisterName>(register: N) => {
      const definition = RECORD_REGISTERS[register];
      const problems = new ProblemList();
      const [row] = checkRows([SAMPLES[register]], definition, problems);
      expect(problems.problems).toEqual([]);
      // A checked project differs from a stored one only in its resolved reporting unit.
      return [row?.key, row?.record && definition.keyOf(row.record as RecordOf<N>)];
    };
    for (const register of RECORD_REGISTER_NAMES) {
      const [checked, stored] = keys(register);
      expect(stored, register).toBe(checked);
    }
  });
});
