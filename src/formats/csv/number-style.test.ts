import { expect, it } from "vitest";
import { detectDelimiter } from "./delimiter.ts";
import { detectEncoding } from "./encoding.ts";
import { readNumber } from "./number-style.ts";

it("reads a number one way when only one style reads it, and names both readings otherwise", () => {
  expect(readNumber("1234")).toEqual({ kind: "number", value: 1234 });
  expect(readNumber("1234.5")).toEqual({ kind: "number", value: 1234.5, style: "en" });
  expect(readNumber("1,5")).toEqual({ kind: "number", value: 1.5, style: "vi" });
  expect(readNumber("1.234.567")).toEqual({ kind: "number", value: 1234567, style: "vi" });
  expect(readNumber("1,234.5")).toEqual({ kind: "number", value: 1234.5, style: "en" });
  expect(readNumber("0.500")).toEqual({ kind: "number", value: 0.5, style: "en" });
  expect(readNumber("1.001")).toEqual({ kind: "ambiguous", en: 1.001, vi: 1001 });
  expect(readNumber("1,500")).toEqual({ kind: "ambiguous", en: 1500, vi: 1.5 });
  expect(readNumber("45O")).toEqual({ kind: "text" });
});

it("reads a declared style only, naming a cell written the other way", () => {
  expect(readNumber("1.001", "vi")).toEqual({ kind: "number", value: 1001 });
  expect(readNumber("1.001", "en")).toEqual({ kind: "number", value: 1.001 });
  expect(readNumber("1,5", "en")).toEqual({ kind: "wrong_style", style: "en", value: 1.5 });
});

it("tells separators and encodings from the first bytes", () => {
  expect(detectDelimiter("unit;indicator;period;value")).toBe(";");
  expect(detectDelimiter("unit\tindicator\tperiod")).toBe("\t");
  expect(detectDelimiter('"a;b",c,d')).toBe(",");
  const bytes = (...b: number[]) => new Uint8Array(b);
  expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ encoding: "utf-8", bom: 3 });
  expect(detectEncoding(new TextEncoder().encode("ghi chú"))).toEqual({
    encoding: "utf-8",
    bom: 0,
  });
  expect(detectEncoding(bytes(0x61, 0, 0x62, 0, 0x63, 0, 0x64, 0))).toEqual({
    encoding: "utf-16le",
    bom: 0,
  });
  // "số" in Windows-1258: s, o, combining acute (0xEC) after "ô" (0xF4).
  expect(detectEncoding(bytes(0x73, 0xf4, 0xec))).toEqual({ encoding: "windows-1258", bom: 0 });
  // "café" in Windows-1252: é is 0xE9, the same byte in both code pages.
  expect(detectEncoding(bytes(0x63, 0x61, 0x66, 0xe9))).toEqual({
    encoding: "windows-1252",
    bom: 0,
  });
  expect(
    detectEncoding(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x01)),
  ).toHaveProperty("refused");
});
