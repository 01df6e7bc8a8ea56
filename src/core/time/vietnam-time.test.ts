import { describe, expect, it } from "vitest";
import { vietnamDateTime, vietnamTime } from "./vietnam-time.ts";

describe("Vietnam time", () => {
  it("writes an instant in UTC+7, crossing midnight and the year", () => {
    expect(vietnamTime(new Date("2026-11-25T07:05:00Z"))).toBe("14:05");
    expect(vietnamDateTime("2026-11-25T15:54:23.599Z")).toBe("22:54 ngày 25/11/2026");
    expect(vietnamDateTime("2026-12-31T17:30:00Z")).toBe("00:30 ngày 01/01/2027");
  });
});
