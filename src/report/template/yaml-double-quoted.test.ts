import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readDoubleQuoted } from "./yaml-double-quoted.ts";

describe("a YAML double-quoted scalar read without the YAML library", () => {
  it("reads back whatever JSON.stringify wrote, as the YAML library does", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const quoted = JSON.stringify(text);
        expect(readDoubleQuoted(quoted)).toBe(text);
        expect(readDoubleQuoted(quoted)).toBe(parse(quoted));
      }),
    );
  });

  it("knows YAML's own escapes and refuses unknown ones", () => {
    for (const quoted of ['"a\\_b"', '"\\x41\\u1EA1\\U0001F600"', '"\\N\\L\\P\\e\\ \\/"'])
      expect(readDoubleQuoted(quoted)).toBe(parse(quoted));
    expect(readDoubleQuoted('"\\q"')).toBeUndefined();
    expect(readDoubleQuoted('"\\x4"')).toBeUndefined();
  });
});
