import { describe, expect, it } from "vitest";
import { parseChangePhrase } from "./parse-change.ts";

describe("parseChangePhrase on the reference report", () => {
  it("reads increases with the comparison after", () => {
    const rice = parseChangePhrase("tăng 1.900 so vụ Hè thu 2022");
    expect(rice).toMatchObject({
      direction: "up",
      delta: 1900,
      word: "tăng",
      against: "so vụ Hè thu 2022",
    });
    expect(rice.alternatives).toEqual([1.9]);
    expect(parseChangePhrase("tăng 2.725 tấn so năm 2022")).toMatchObject({
      delta: 2725,
      figure: { unit: "tấn" },
      against: "so năm 2022",
    });
  });

  it("reads decreases with padded counts", () => {
    expect(parseChangePhrase("giảm 03 đối tượng so với tháng trước")).toMatchObject({
      direction: "down",
      delta: -3,
      figure: { unit: "đối tượng", notes: ["zero_padded"] },
      against: "so với tháng trước",
    });
  });

  it("reads the comparison before the word or between word and figure", () => {
    expect(parseChangePhrase("so năm 2022 tăng 14 lao động")).toMatchObject({
      delta: 14,
      against: "so năm 2022",
      figure: { unit: "lao động" },
    });
    expect(parseChangePhrase("thấp hơn so với cam kết giải ngân tỉnh 0,2%")).toMatchObject({
      direction: "down",
      delta: -0.2,
      word: "thấp hơn",
      against: "so với cam kết giải ngân tỉnh",
      figure: { percent: true },
    });
  });

  it("reads percentage changes and no change", () => {
    expect(parseChangePhrase("tăng 2%")).toMatchObject({ delta: 2, figure: { percent: true } });
    expect(parseChangePhrase("tăng 2%").against).toBeUndefined();
    expect(parseChangePhrase("bằng cùng kỳ")).toEqual({
      direction: "zero",
      delta: 0,
      alternatives: [],
      word: "bằng cùng kỳ",
    });
    expect(parseChangePhrase("không đổi so cùng kỳ")).toMatchObject({
      direction: "zero",
      against: "so cùng kỳ",
    });
    expect(parseChangePhrase("tăng 0 tấn")).toMatchObject({ direction: "zero", delta: 0 });
  });

  it("rejects phrases it cannot read", () => {
    for (const text of [
      "1.900 tấn",
      "sản lượng tăng 5 tấn",
      "tăng -5 tấn",
      "tăng so cùng kỳ",
      "không đổi hôm nay",
    ]) {
      expect(() => parseChangePhrase(text), text).toThrow(
        expect.objectContaining({ code: "number.invalid" }),
      );
    }
  });
});
