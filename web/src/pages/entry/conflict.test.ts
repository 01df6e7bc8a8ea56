import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/contract.ts";
import { readConflict } from "./conflict.ts";

describe("value conflicts", () => {
  it("reads the newer value, who and when from the 409's details", () => {
    const error = new ApiError(409, "value.conflict", "Số liệu … vừa được người khác cập nhật", {
      indicatorCode: "jobs_created",
      unitCode: "PHUONG_1",
      period: "2023-08",
      disaggregation: "",
      expectedVersion: 1,
      currentVersion: 2,
      current: {
        indicatorCode: "jobs_created",
        disaggregation: "",
        value: 12,
        textValue: null,
        version: 2,
        updatedAt: "2023-08-14T03:00:00Z",
        updatedBy: "phuong1",
      },
    });
    expect(readConflict(error)).toMatchObject({
      indicator: "jobs_created",
      disaggregation: "",
      value: 12,
      version: 2,
      updatedBy: "phuong1",
      deleted: false,
    });
  });

  it("knows a value deleted meanwhile", () => {
    const error = new ApiError(409, "value.conflict", "…", {
      indicatorCode: "jobs_created",
      currentVersion: 3,
      current: null,
    });
    expect(readConflict(error)).toMatchObject({ deleted: true, value: null, version: 3 });
  });
});
