import { describe, expect, it } from "vitest";
import { ERROR_CODES, errorKind, isErrorCode } from "./error-codes.ts";

describe("the closed list of error codes", () => {
  it("names every code as domain.name and says what it means in Vietnamese", () => {
    for (const [code, [, meaning]] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[a-z0-9]+\.[a-z_]+$/);
      expect(meaning.length, code).toBeGreaterThan(3);
      expect(meaning, code).not.toMatch(/[a-z]+_[a-z]+/);
    }
  });

  it("tells the kinds transports answer differently", () => {
    expect(errorKind("value.conflict")).toBe("conflict");
    expect(errorKind("store.busy")).toBe("unavailable");
    expect(errorKind("store.disk_full")).toBe("unavailable");
    expect(errorKind("auth.rate_limited")).toBe("too_many");
    expect(errorKind("value.unknown_indicator")).toBe("not_found");
    expect(errorKind("value.out_of_range")).toBe("invalid");
  });

  it("recognises codes arriving as text, and nothing else", () => {
    expect(isErrorCode("report.too_slow")).toBe(true);
    expect(isErrorCode("toString")).toBe(false);
    expect(isErrorCode("report.made_up")).toBe(false);
  });
});
