import { describe, expect, it } from "vitest";
import { isBaocaoError } from "../errors.ts";
import { tokenize } from "./lexer.ts";
import { sourceMap } from "./source-position.ts";

function lex(text: string) {
  return tokenize(sourceMap(text), 0, text.length);
}

function lexError(text: string) {
  try {
    lex(text);
  } catch (error) {
    if (isBaocaoError(error)) return error;
  }
  throw new Error(`no error for ${text}`);
}

describe("tokenize", () => {
  it("reads names, keywords, numbers and the longest symbol", () => {
    const tokens = lex("a_1 <= 56.59 and not x != 1e3");
    expect(
      tokens.map((t) => (t.type === "number" ? t.value : "text" in t ? t.text : t.type)),
    ).toEqual(["a_1", "<=", 56.59, "and", "not", "x", "!=", 1000, "eof"]);
    expect(tokens[1]).toMatchObject({ type: "symbol", start: 4, end: 6 });
    expect(tokens[3]).toMatchObject({ type: "keyword", text: "and" });
  });

  it("reads exponents as String() prints them", () => {
    expect(lex("1e+21 5e-324")[0]).toMatchObject({ value: 1e21 });
    expect(lex("1e+21 5e-324")[1]).toMatchObject({ value: 5e-324 });
  });

  it("rejects a Vietnamese decimal comma glued to letters and malformed numbers", () => {
    const error = lexError("x + 12ab");
    expect(error.message).toBe("Số không hợp lệ '12ab' ở dòng 1, cột 5");
    expect(error.details).toMatchObject({ reason: "invalid_number", line: 1, column: 5 });
    expect(lexError("1.").message).toBe("Số không hợp lệ '1.' ở dòng 1, cột 1");
  });

  it("points habits from other languages to this one's spelling", () => {
    expect(lexError("a && b").message).toBe("Ký tự không hợp lệ '&' (dùng 'and') ở dòng 1, cột 3");
    expect(lexError("a || b").message).toBe("Ký tự không hợp lệ '|' (dùng 'or') ở dòng 1, cột 3");
    expect(lexError("a <> b").message).toBe("Ký tự không hợp lệ '<' (dùng '!=') ở dòng 1, cột 3");
    expect(lexError("!a").message).toBe(
      "Ký tự không hợp lệ '!' (dùng 'not' hoặc '!=') ở dòng 1, cột 1",
    );
    expect(lexError("a % b").details).toMatchObject({ reason: "invalid_character", column: 3 });
  });

  it("rejects letters with diacritics in names, at the right column", () => {
    const error = lexError("1 +\n  sản_lượng");
    expect(error.message).toBe(
      "Ký tự không hợp lệ 'ả' (tên chỉ gồm chữ không dấu, chữ số và '_') ở dòng 2, cột 4",
    );
    expect(error.details.excerpt).toBe("  sản_lượng\n   ^");
  });

  it("reads only the requested slice of a longer text", () => {
    const text = "{{ a + b | percent }}";
    const tokens = tokenize(sourceMap(text), 3, 9);
    expect(tokens.map((t) => t.type)).toEqual(["name", "symbol", "name", "eof"]);
    expect(tokens[3]).toMatchObject({ start: 9 });
  });
});

describe("tokenize: slice boundaries", () => {
  it("never reads past the end of the slice", () => {
    const text = "a <= 123456";
    const tokens = tokenize(sourceMap(text), 0, 9);
    expect(tokens.map((t) => (t.type === "number" ? t.value : t.type))).toEqual([
      "name",
      "symbol",
      1234,
      "eof",
    ]);
    expect(tokenize(sourceMap(text), 0, 3).map((t) => ("text" in t ? t.text : t.type))).toEqual([
      "a",
      "<",
      "eof",
    ]);
  });
});
