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
    expect(() => parseFigureFormat("number:9")).toThrow(/từ 0 đến 6/);
  });
});
