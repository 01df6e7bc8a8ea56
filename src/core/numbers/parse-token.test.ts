import { describe, expect, it } from "vitest";
import { decimalToString } from "./decimal.ts";
import { readNumberToken } from "./parse-token.ts";

const read = (token: string, locale: "vi" | "en" = "vi") => {
  const r = readNumberToken(token, locale);
  return {
    value: decimalToString(r.decimal),
    alternatives: r.alternatives.map(decimalToString),
    notes: r.notes,
  };
};

describe("readNumberToken", () => {
  it("reads dot groups as thousands; one group of three is also an English decimal", () => {
    expect(read("96.549")).toEqual({ value: "96549", alternatives: ["96.549"], notes: [] });
    expect(read("8.701.210.279")).toEqual({ value: "8701210279", alternatives: [], notes: [] });
  });

  it("reads a comma as the decimal mark; three digits after it could be an English group", () => {
    expect(read("458,921")).toEqual({ value: "458.921", alternatives: ["458921"], notes: [] });
    expect(read("5,219")).toEqual({ value: "5.219", alternatives: ["5219"], notes: [] });
    expect(read("56,59")).toEqual({ value: "56.59", alternatives: [], notes: [] });
    expect(read("0,200")).toEqual({ value: "0.200", alternatives: [], notes: [] });
  });

  it("reads both marks without ambiguity", () => {
    expect(read("22.313,03")).toEqual({ value: "22313.03", alternatives: [], notes: [] });
    expect(read("1.234,567")).toEqual({ value: "1234.567", alternatives: [], notes: [] });
  });

  it("flags a dot that cannot be a thousands group", () => {
    expect(read("101.10")).toEqual({
      value: "101.10",
      alternatives: [],
      notes: ["nonstandard_separator"],
    });
    expect(read("65.06")).toEqual({
      value: "65.06",
      alternatives: [],
      notes: ["nonstandard_separator"],
    });
    expect(read("0.549")).toEqual({
      value: "0.549",
      alternatives: [],
      notes: ["nonstandard_separator"],
    });
    expect(read("1234.567").notes).toEqual(["nonstandard_separator", "missing_grouping"]);
  });

  it("flags English grouping and English decimals", () => {
    expect(read("1,234,567")).toEqual({
      value: "1234567",
      alternatives: [],
      notes: ["nonstandard_separator"],
    });
    expect(read("1,234.56")).toEqual({
      value: "1234.56",
      alternatives: [],
      notes: ["nonstandard_separator"],
    });
  });

  it("notes zero padding and missing grouping", () => {
    expect(read("03")).toEqual({ value: "3", alternatives: [], notes: ["zero_padded"] });
    expect(read("2322")).toEqual({ value: "2322", alternatives: [], notes: ["missing_grouping"] });
    expect(read("852").notes).toEqual([]);
  });

  it("lets English win when asked", () => {
    expect(read("96.549", "en")).toEqual({ value: "96.549", alternatives: ["96549"], notes: [] });
    expect(read("458,921", "en")).toEqual({
      value: "458921",
      alternatives: ["458.921"],
      notes: [],
    });
    expect(read("22.313,03", "en").notes).toEqual(["nonstandard_separator"]);
  });

  it("rejects misplaced marks", () => {
    for (const token of [
      "1.23.456",
      "1.2,3.4",
      "12.34.567,8",
      "1,,2",
      ".5",
      "5.",
      "1 234",
      "abc",
    ]) {
      expect(() => readNumberToken(token), token).toThrow(
        expect.objectContaining({ code: "number.invalid" }),
      );
    }
  });
});
