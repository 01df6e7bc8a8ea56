import { describe, expect, it } from "vitest";
import { entryPath } from "./entry-path.ts";

describe("the entry form of a form in the cycle", () => {
  it("opens a monthly form's month, and a quarterly form's month at its quarter", () => {
    expect(entryPath({ unit: "PHUONG_1", period: "2023-08", filedPeriod: "2023-08" })).toBe(
      "/entry?unit=PHUONG_1&period=2023-08",
    );
    expect(entryPath({ unit: "PHUONG_1", period: "2023-09", filedPeriod: "2023-Q3" })).toBe(
      "/entry?unit=PHUONG_1&period=2023-09#period-2023-Q3",
    );
    expect(entryPath({ unit: "PHUONG_1", period: "2023-12", filedPeriod: "2023" })).toBe(
      "/entry?unit=PHUONG_1&period=2023-12#period-2023",
    );
  });
});
