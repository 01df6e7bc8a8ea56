import { describe, expect, it } from "vitest";
import { formatFigure, parseFigureFormat } from "./figure-format.ts";

const write = (value: number, spec: string, dongPerUnit?: number) =>
  formatFigure(value, parseFigureFormat(spec), dongPerUnit);

describe("figure formats", () => {
  it("writes the reference report's figures", () => {
    expect(write(5.219, "number:3")).toBe("5,219");
    expect(write(96549, "number:0 tấn")).toBe("96.549 tấn");
    expect(write(56.5888, "percent:2")).toBe("56,59%");
    expect(write(25465, "money:ty_trieu", 1e6)).toBe("25 tỷ 465 triệu");
    expect(write(121224, "money:ty:3", 1e6)).toBe("121,224 tỷ");
    expect(write(64_260_000, "money:dong:0")).toBe("64.260.000");
    expect(write(4836, "amount:ty:3", 1e6)).toBe("4,836");
    expect(write(3, "pad2 căn")).toBe("03 căn");
    expect(write(1900, "change:0 tấn")).toBe("tăng 1.900 tấn");
    expect(write(-3, "change")).toBe("giảm 3");
    expect(write(-3, "change:pad2 đối tượng")).toBe("giảm 03 đối tượng");
    expect(write(-0.2, "abs:1")).toBe("0,2");
    expect(write(101.5882, "")).toBe("101,59");
  });

  it("refuses an unknown format with a message naming it", () => {
    expect(() => parseFigureFormat("currency:usd")).toThrow(
      /Định dạng số "currency:usd" không hợp lệ/,
    );
    expect(() => parseFigureFormat("money:dollar:2")).toThrow(/đơn vị tiền "dollar"/);
    expect(() => parseFigureFormat("number:9")).toThrow(/từ -6 đến 6/);
  });

  // Forms other localities write, measured in their public reports.
  it("writes numbers ungrouped, rounded down or toward zero, signed, and in words", () => {
    expect(write(20380, "number:0:nogroup ha")).toBe("20380 ha");
    expect(write(1681.5, "number:1:nogroup")).toBe("1681,5");
    expect(write(99.138, "percent:2:trunc")).toBe("99,13%");
    expect(write(75.8, "percent:0:floor")).toBe("75%");
    expect(write(2734, "number:-1:floor tấn")).toBe("2.730 tấn");
    expect(write(1_681_500, "number:-3")).toBe("1.682.000");
    expect(write(18, "signed:0 ha")).toBe("+18 ha");
    expect(write(-3, "signed:0")).toBe("-3");
    expect(write(0, "signed:0")).toBe("0");
    expect(write(13_503, "words:dong:cap đồng", 1e6)).toBe(
      "Mười ba tỷ, năm trăm linh ba triệu đồng",
    );
    expect(write(21, "words")).toBe("hai mươi mốt");
  });

  it("writes “ước” before an estimated figure only", () => {
    const est = parseFigureFormat("number:0:est tấn");
    expect(formatFigure(852, est, 1, "estimate")).toBe("ước 852 tấn");
    expect(formatFigure(852, est, 1, "official")).toBe("852 tấn");
    expect(formatFigure(852, parseFigureFormat("number:0:est:cap"), 1, "estimate")).toBe("Ước 852");
  });

  it("says a change the ways offices do", () => {
    expect(write(0, "change:0:same")).toBe("bằng cùng kỳ");
    expect(write(1.5, "change:1:higher ha")).toBe("cao hơn 1,5 ha");
    expect(write(-2, "change:0:higher")).toBe("thấp hơn 2");
    expect(write(1.5, "change:1:exceed ha")).toBe("vượt 1,5 ha");
    expect(write(-2, "change:0:exceed")).toBe("thiếu 2");
    expect(write(0, "change:0:exceed")).toBe("không đổi");
  });

  it("refuses a modifier it does not know, naming the ones it does", () => {
    expect(() => parseFigureFormat("number:0:sideways")).toThrow(/nogroup, floor/);
  });
});
