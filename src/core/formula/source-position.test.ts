import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sourceMap } from "./source-position.ts";

describe("sourceMap", () => {
  it("counts lines and columns from 1", () => {
    const map = sourceMap("a + b\n  * c");
    expect(map.locate(0)).toEqual({ line: 1, column: 1 });
    expect(map.locate(4)).toEqual({ line: 1, column: 5 });
    expect(map.locate(8)).toEqual({ line: 2, column: 3 });
  });

  it("treats \\r\\n and a lone \\r as one line break each", () => {
    const map = sourceMap("a\r\nb\rc");
    expect(map.locate(3)).toEqual({ line: 2, column: 1 });
    expect(map.locate(5)).toEqual({ line: 3, column: 1 });
  });

  it("counts a character outside the BMP as one column", () => {
    const map = sourceMap("😀x");
    expect(map.locate(2)).toEqual({ line: 1, column: 2 });
  });

  it("gives the offending line with a caret under the column", () => {
    const map = sourceMap("a +\nround(b, 2");
    expect(map.excerpt(14)).toBe("round(b, 2\n          ^");
    expect(map.spanOf(4, 9)).toEqual({ start: 4, end: 9, line: 2, column: 1 });
  });

  it("gives the column a character count would give, at every offset of any text", () => {
    const piece = fc.constantFrom("a", " ", "\n", "\r", "\r\n", "😀", "ệ", "\ud800", "\udc00");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        const map = sourceMap(text);
        for (let offset = 0; offset <= text.length; offset++) {
          if (text[offset - 1] === "\r" && text[offset] === "\n") continue; // inside one break
          const before = text.slice(0, offset);
          const lineStart = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) + 1;
          const column = [...text.slice(lineStart, offset)].length + 1;
          expect(map.locate(offset).column).toBe(column);
        }
      }),
    );
  });
});
