import { describe, expect, it } from "vitest";
import { isBaocaoError } from "../errors.ts";
import type { FormulaNode } from "./ast.ts";
import { parseFormula } from "./parser.ts";
import { printFormula } from "./printer.ts";

function syntaxError(source: string) {
  try {
    parseFormula(source);
  } catch (error) {
    if (isBaocaoError(error, "formula.syntax")) return error;
    throw error;
  }
  throw new Error(`parsed without error: ${source}`);
}

// A fully parenthesised rendering shows the tree's shape at a glance.
function shape(node: FormulaNode): string {
  switch (node.kind) {
    case "number":
      return String(node.value);
    case "boolean":
      return String(node.value);
    case "ref":
      return printFormula(node);
    case "unary":
      return `(${node.op === "-" ? "-" : "not "}${shape(node.operand)})`;
    case "binary":
      return `(${shape(node.left)} ${node.op} ${shape(node.right)})`;
    case "call":
      return `${node.name}(${node.args.map(shape).join(", ")})`;
  }
}

describe("parseFormula: precedence and associativity", () => {
  it.each([
    ["1 + 2 * 3", "(1 + (2 * 3))"],
    ["1 - 2 - 3", "((1 - 2) - 3)"],
    ["8 / 4 / 2", "((8 / 4) / 2)"],
    ["2 ^ 3 ^ 2", "(2 ^ (3 ^ 2))"],
    ["-2 ^ 2", "(-(2 ^ 2))"],
    ["2 ^ -1", "(2 ^ (-1))"],
    ["-a * b", "((-a) * b)"],
    ["(1 + 2) * 3", "((1 + 2) * 3)"],
    ["a + b > c * 2", "((a + b) > (c * 2))"],
    ["a > 1 and b < 2 or c == 3", "(((a > 1) and (b < 2)) or (c == 3))"],
    ["a or b and c", "(a or (b and c))"],
    ["not a == b", "(not (a == b))"],
    ["not not true", "(not (not true))"],
    ["- - 3", "(-(-3))"],
  ])("%s → %s", (source, expected) => {
    expect(shape(parseFormula(source))).toBe(expected);
  });
});

describe("parseFormula: node kinds", () => {
  it("reads numbers with `.` as decimal mark, and booleans", () => {
    expect(parseFormula("56.59")).toMatchObject({ kind: "number", value: 56.59 });
    expect(parseFormula("false")).toMatchObject({ kind: "boolean", value: false });
  });

  it("reads references with an option, an explicit category, or several selectors", () => {
    expect(parseFormula("rice_output")).toMatchObject({
      kind: "ref",
      name: "rice_output",
      selectors: [],
    });
    expect(parseFormula("rice_output[he_thu]")).toMatchObject({
      kind: "ref",
      selectors: [{ category: null, option: "he_thu" }],
    });
    expect(parseFormula("hs[school_level = tieu_hoc, area=urban]")).toMatchObject({
      selectors: [
        { category: "school_level", option: "tieu_hoc", span: { start: 3, end: 26 } },
        { category: "area", option: "urban" },
      ],
    });
  });

  it("reads calls with zero, one or several arguments", () => {
    const call = parseFormula("pct_of(budget_revenue, plan)");
    expect(call).toMatchObject({
      kind: "call",
      name: "pct_of",
      nameSpan: { start: 0, end: 6 },
      args: [
        { kind: "ref", name: "budget_revenue" },
        { kind: "ref", name: "plan" },
      ],
    });
    expect(parseFormula("f()")).toMatchObject({ kind: "call", name: "f", args: [] });
  });

  it("reads the report template examples", () => {
    expect(shape(parseFormula("rice_output[he_thu] - last_year(rice_output[he_thu])"))).toBe(
      "(rice_output[he_thu] - last_year(rice_output[he_thu]))",
    );
  });

  it("returns a deeply frozen tree", () => {
    const tree = parseFormula("max(a[x], 1) + 2");
    expect(Object.isFrozen(tree)).toBe(true);
    if (tree.kind !== "binary" || tree.left.kind !== "call") throw new Error("shape");
    const ref = tree.left.args[0];
    expect(Object.isFrozen(tree.left.args)).toBe(true);
    expect(Object.isFrozen(ref)).toBe(true);
    expect(ref?.kind === "ref" && Object.isFrozen(ref.selectors[0])).toBe(true);
    expect(Object.isFrozen(tree.span)).toBe(true);
  });
});

describe("parseFormula: positions", () => {
  it("gives every node its offsets, line and column; parentheses stay outside", () => {
    const tree = parseFormula("a + (b * c)");
    expect(tree.span).toEqual({ start: 0, end: 10, line: 1, column: 1 });
    if (tree.kind !== "binary") throw new Error("shape");
    expect(tree.right.span).toEqual({ start: 5, end: 10, line: 1, column: 6 });
  });

  it("locates nodes on later lines of a multi-line formula", () => {
    const tree = parseFormula("sum(\n  a,\n  ytd(b)\n)");
    if (tree.kind !== "call") throw new Error("shape");
    expect(tree.args[1]?.span).toEqual({ start: 12, end: 18, line: 3, column: 3 });
    expect(tree.span).toMatchObject({ start: 0, end: 20, line: 1, column: 1 });
  });

  it("parses a slice of a template with positions in the whole template", () => {
    const template = "Sản lượng: {{\n  a + b | number }}";
    const start = template.indexOf("a");
    const tree = parseFormula(template, { start, end: template.indexOf("|") });
    expect(tree.span).toMatchObject({ start, line: 2, column: 3 });
  });
});

describe("parseFormula: syntax errors", () => {
  it.each([
    ["round(a, 2", "Thiếu dấu ')' ở dòng 1, cột 11", 1, 11],
    ["round(a 2)", "Thiếu dấu ')' (gặp số 2) ở dòng 1, cột 9", 1, 9],
    ["(a + b))", "Thừa dấu ')' ở dòng 1, cột 8", 1, 8],
    ["a +", "Công thức bị cụt, thiếu một giá trị ở dòng 1, cột 4", 1, 4],
    ["", "Công thức trống ở dòng 1, cột 1", 1, 1],
    [
      "a < b < c",
      "Không thể nối liền hai phép so sánh (viết 'a < b and b < c') ở dòng 1, cột 7",
      1,
      7,
    ],
    ["a = b", "Dấu '=' đứng lẻ (so sánh bằng viết '==') ở dòng 1, cột 3", 1, 3],
    ["a b", "Không mong đợi tên 'b' ở dòng 1, cột 3", 1, 3],
    ["x[1]", "Cần mã phân tổ trong '[…]', gặp số 1 ở dòng 1, cột 3", 1, 3],
    ["x[a=b", "Thiếu dấu ']' ở dòng 1, cột 6", 1, 6],
    ["* 2", "Không mong đợi '*' ở dòng 1, cột 1", 1, 1],
    ["a +\n  (b\n  * c", "Thiếu dấu ')' ở dòng 3, cột 6", 3, 6],
  ])("%j → %s", (source, message, line, column) => {
    const error = syntaxError(source);
    expect(error.message).toBe(message);
    expect(error.details).toMatchObject({ line, column });
  });

  it("carries the reason, the offset and an excerpt with a caret", () => {
    const error = syntaxError("a +\n  (b\n  * c");
    expect(error.details).toMatchObject({
      reason: "missing_token",
      expected: ")",
      offset: 14,
      excerpt: "  * c\n     ^",
    });
  });
});
