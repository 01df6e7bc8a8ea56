import type { BinaryOperator, FormulaNode, Selector } from "./ast.ts";

// Binding strength of each operator; higher binds tighter. Unary minus sits between `*` and `^`
// so that `-2^2` reads as -(2^2).
const PRECEDENCE: Readonly<Record<BinaryOperator | "not" | "neg", number>> = {
  or: 1,
  and: 2,
  not: 3,
  "==": 4,
  "!=": 4,
  "<": 4,
  "<=": 4,
  ">": 4,
  ">=": 4,
  "+": 5,
  "-": 5,
  "*": 6,
  "/": 6,
  neg: 7,
  "^": 8,
};

const ATOM = 9;

function precedenceOf(node: FormulaNode): number {
  switch (node.kind) {
    case "binary":
      return PRECEDENCE[node.op];
    case "unary":
      return node.op === "-" ? PRECEDENCE.neg : PRECEDENCE.not;
    case "number":
      // A negative literal (built by code, never by the parser) prints as `-5` and so binds like `-`.
      return node.value < 0 || Object.is(node.value, -0) ? PRECEDENCE.neg : ATOM;
    default:
      return ATOM;
  }
}

function printNumber(value: number): string {
  // `String` gives the shortest text that reads back to the same double ("1e+21" included).
  return Object.is(value, -0) ? "-0" : String(value);
}

function printSelector(s: Selector): string {
  return s.category === null ? s.option : `${s.category}=${s.option}`;
}

function wrap(text: string, needed: boolean): string {
  return needed ? `(${text})` : text;
}

/**
 * Prints a tree back to source with the fewest parentheses that keep its shape, so that
 * `parseFormula(printFormula(t))` equals `t` up to positions. Example: `a - (b - c)`.
 */
export function printFormula(node: FormulaNode): string {
  switch (node.kind) {
    case "number":
      return printNumber(node.value);
    case "boolean":
      return node.value ? "true" : "false";
    case "ref":
      return node.selectors.length === 0
        ? node.name
        : `${node.name}[${node.selectors.map(printSelector).join(", ")}]`;
    case "call":
      return `${node.name}(${node.args.map(printFormula).join(", ")})`;
    case "unary": {
      const own = precedenceOf(node);
      const inner = printFormula(node.operand);
      // `- -x` and `not not x` re-read fine; only looser operands need parentheses.
      const operand = wrap(inner, precedenceOf(node.operand) < own);
      return node.op === "-" ? `-${operand}` : `not ${operand}`;
    }
    case "binary": {
      const own = PRECEDENCE[node.op];
      const leftPrec = precedenceOf(node.left);
      const rightPrec = precedenceOf(node.right);
      const isPower = node.op === "^";
      const isComparison = own === PRECEDENCE["=="];
      // Left-associative operators need parentheses on an equal right operand (even `a + (b + c)`:
      // the tree shape, not only the value, must survive); `^` is right-associative and its base
      // is an atom; comparisons do not chain at all.
      const leftNeeds = leftPrec < own || ((isPower || isComparison) && leftPrec === own);
      const rightNeeds = isPower ? rightPrec < PRECEDENCE.neg : rightPrec <= own;
      const left = wrap(printFormula(node.left), leftNeeds);
      const right = wrap(printFormula(node.right), rightNeeds);
      return `${left} ${node.op} ${right}`;
    }
  }
}
