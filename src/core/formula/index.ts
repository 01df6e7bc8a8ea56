export type {
  BinaryNode,
  BinaryOperator,
  BooleanNode,
  CallNode,
  FormulaNode,
  FormulaNodeKind,
  NumberNode,
  RefNode,
  Selector,
  Span,
  UnaryNode,
  UnaryOperator,
} from "./ast.ts";
export { type CheckResult, checkFormula } from "./checker.ts";
export { type CheckedFormula, type CompileOptions, compileFormula } from "./compile.ts";
export { assertNoCycles, detectCycles, type FormulaCycle } from "./cycles.ts";
export { roundHalfUp } from "./decimal-round.ts";
export { dependencies, referencedTargetKinds, referencedUnits } from "./dependencies.ts";
export {
  type Evaluation,
  evaluate,
  type FormulaEnv,
  type FormulaValue,
  type ResolvedReference,
} from "./evaluator.ts";
export {
  AGAINST_LAST_YEAR,
  DEFAULT_TARGET_KINDS,
  FUNCTIONS,
  type FunctionKind,
  type FunctionSpec,
  functionSpec,
} from "./functions.ts";
export type { FormulaIssue } from "./issues.ts";
export { KEYWORDS } from "./lexer.ts";
export { FORMULA_LIMITS } from "./limits.ts";
export {
  binaryNode,
  booleanNode,
  callNode,
  numberNode,
  refNode,
  selector,
  span,
  unaryNode,
} from "./nodes.ts";
export { type ParseOptions, parseFormula } from "./parser.ts";
export { printFormula } from "./printer.ts";
export { type PeriodModifier, type ReferenceQuery, readReference } from "./reference.ts";
export { referenceTexts } from "./reference-texts.ts";
export { type FormulaSymbols, type SymbolCategory, simpleSymbols } from "./symbols.ts";
export { equalTrees } from "./tree-equal.ts";
export type { FormulaType } from "./types.ts";
