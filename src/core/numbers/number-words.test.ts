import { describe, expect, it } from "vitest";
import { numberInWords } from "./number-words.ts";

describe("numbers in Vietnamese words", () => {
  it.each([
    [0, "không"],
    [5, "năm"],
    [10, "mười"],
    [15, "mười lăm"],
    [21, "hai mươi mốt"],
    [24, "hai mươi tư"],
    [105, "một trăm linh năm"],
    [110, "một trăm mười"],
    [1_005, "một nghìn không trăm linh năm"],
    [250_000, "hai trăm năm mươi nghìn"],
    [1_000_000, "một triệu"],
    [13_503_000_000, "mười ba tỷ, năm trăm linh ba triệu"],
    [2_000_000_001, "hai tỷ, không trăm linh một"],
    [-41, "âm bốn mươi mốt"],
  ])("%d → %s", (value, words) => {
    expect(numberInWords(value)).toBe(words);
  });

  it("reads decimals after “phẩy” as written", () => {
    expect(numberInWords(1681.5, 1)).toBe("một nghìn sáu trăm tám mươi mốt phẩy năm");
    expect(numberInWords(2.05, 2)).toBe("hai phẩy không năm");
    expect(numberInWords(2.5, 0)).toBe("ba");
  });
});
