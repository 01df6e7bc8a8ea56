import { describe, expect, it } from "vitest";
import { ownText, readFigure } from "./read-figure.ts";

describe("readFigure", () => {
  it("settles a number that reads two ways by the decimals its format writes", () => {
    expect(readFigure("96.549", "number:0")).toMatchObject({ ok: true, value: 96_549 });
    expect(readFigure("5,219", "number:3")).toMatchObject({ ok: true, value: 5.219 });
    // A comma for thousands, as the reference report writes it once.
    expect(readFigure("458,921 triệu", "money:trieu:0", 1e6)).toMatchObject({
      ok: true,
      value: 458_921,
    });
    expect(readFigure("121,224 tỷ", "money:ty:3", 1e6)).toMatchObject({ ok: true, value: 121_224 });
  });

  it("refuses what the format does not settle, and the spoken “2 tỷ 9”", () => {
    expect(readFigure("1,250 tỷ", "money:ty", 1e6).ok).toBe(false);
    expect(readFigure("2 tỷ 9", "money:ty:1", 1e6)).toEqual({
      ok: false,
      reason: "“2 tỷ 9” hiểu được hai cách (cách nói “2 tỷ 9”), không đoán",
    });
  });

  it("reads changes with their sign, amounts in their scale, and pads", () => {
    expect(readFigure("giảm 03", "change:pad2")).toMatchObject({ ok: true, value: -3 });
    expect(readFigure("tăng 1.900", "change:0")).toMatchObject({ ok: true, value: 1900 });
    expect(readFigure("4,836", "amount:ty:3", 1e6)).toMatchObject({ ok: true, value: 4836 });
    expect(readFigure("25 tỷ 465 triệu", "money:ty_trieu", 1e6)).toMatchObject({
      ok: true,
      value: 25_465,
    });
    expect(readFigure("03", "pad2")).toMatchObject({ ok: true, value: 3 });
  });

  it("leaves to the template a scale word it writes itself, and never multiplies by one the format does not write", () => {
    // Đơn Dương's template: “{{ state_revenue | number:1 }} tỷ đồng”, the indicator in tỷ đồng.
    expect(ownText("38,6 tỷ", "number:1", " tỷ đồng, đạt ")).toBe("38,6");
    expect(readFigure("38,6", "number:1")).toMatchObject({ ok: true, value: 38.6 });
    // Money formats write their scale word: it stays the figure's.
    expect(ownText("121,224 tỷ", "money:ty:3", " tỷ đồng")).toBe("121,224 tỷ");
    // A scale word the template does not write (“1,2 triệu người” for a count) is not guessed.
    expect(ownText("1,2 triệu", "number:1", " người")).toBe("1,2 triệu");
    expect(readFigure("1,2 triệu", "number:1")).toMatchObject({ ok: false });
  });
});
