/** The two kinds of value a formula yields (besides null, which every type admits). */
export type FormulaType = "number" | "boolean";

/** Vietnamese name of a type, for messages. */
export function typeName(type: FormulaType): string {
  return type === "number" ? "số" : "giá trị đúng/sai";
}
