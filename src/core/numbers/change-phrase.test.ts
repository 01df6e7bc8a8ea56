import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changePhrase, pctOfTargetPhrase } from "./change-phrase.ts";

describe("changePhrase", () => {
  it("picks the word by sign, as the report writes it", () => {
    expect(changePhrase(1900, { against: "so vụ Hè thu 2022" })).toBe(
      "tăng 1.900 so vụ Hè thu 2022",
    );
    expect(changePhrase(2725, { unit: "tấn", against: "so năm 2022" })).toBe(
      "tăng 2.725 tấn so năm 2022",
    );
    expect(changePhrase(-3, { unit: "đối tượng", pad2: true, against: "so với tháng trước" })).toBe(
      "giảm 03 đối tượng so với tháng trước",
    );
    expect(changePhrase(14, { unit: "lao động", against: "so năm 2022", againstAt: "start" })).toBe(
      "so năm 2022 tăng 14 lao động",
    );
    expect(changePhrase(2, { percent: true })).toBe("tăng 2%");
  });

  it("takes other words and the comparison in the middle", () => {
    const words = { up: "cao hơn", down: "thấp hơn" };
    expect(
      changePhrase(-0.2, {
        percent: true,
        words,
        against: "so với cam kết giải ngân tỉnh",
        againstAt: "middle",
      }),
    ).toBe("thấp hơn so với cam kết giải ngân tỉnh 0,2%");
  });

  it("has a word or a whole phrase for no change", () => {
    expect(changePhrase(0, { unit: "tấn" })).toBe("không đổi");
    expect(changePhrase(0, { against: "so cùng kỳ" })).toBe("không đổi so cùng kỳ");
    expect(changePhrase(0, { against: "so cùng kỳ", zeroWord: "không thay đổi" })).toBe(
      "không thay đổi so cùng kỳ",
    );
    expect(changePhrase(0, { against: "so cùng kỳ", zeroPhrase: "bằng cùng kỳ" })).toBe(
      "bằng cùng kỳ",
    );
  });

  it("decides the sign after rounding", () => {
    expect(changePhrase(-0.004, { decimals: 2 })).toBe("không đổi");
    expect(changePhrase(-0.005, { decimals: 2 })).toBe("giảm 0,01");
  });

  it("speaks English for the English UI", () => {
    expect(changePhrase(1900, { unit: "tonnes", locale: "en" })).toBe("up 1,900 tonnes");
    expect(changePhrase(-2.5, { percent: true, locale: "en" })).toBe("down 2.5%");
    expect(changePhrase(0, { locale: "en" })).toBe("unchanged");
  });

  it("never writes a space before % nor a minus sign", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
        (delta) => {
          const text = changePhrase(delta, { percent: true, decimals: 2 });
          expect(text).not.toMatch(/\s%/);
          expect(text).not.toContain("-");
        },
      ),
    );
  });
});

describe("pctOfTargetPhrase", () => {
  it("writes a share of a target", () => {
    expect(pctOfTargetPhrase(56.59)).toBe("đạt 56,59% kế hoạch");
    expect(pctOfTargetPhrase(93.3, { word: "bằng" })).toBe("bằng 93,3% kế hoạch");
    expect(pctOfTargetPhrase(110.47, { target: "" })).toBe("đạt 110,47%");
    expect(pctOfTargetPhrase(99.306, { decimals: 2, target: "so với kế hoạch" })).toBe(
      "đạt 99,31% so với kế hoạch",
    );
    expect(pctOfTargetPhrase(93.3, { locale: "en" })).toBe("reached 93.3% of plan");
  });
});
