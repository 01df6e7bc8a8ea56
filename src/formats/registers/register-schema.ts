import { REGISTER_FORMATS, type RegisterColumn } from "./register-formats.ts";

/** A cell's schema: text, empty allowed unless the column must be filled. */
function cellSchema(column: RegisterColumn, aliasOf?: string): Record<string, unknown> {
  const description = aliasOf ? `tên cũ của cột ${aliasOf}` : column.description;
  const { pattern, ...rest } = (column.cell ?? {}) as { pattern?: string };
  const enumValues = (rest as { enum?: string[] }).enum;
  const optional = !column.required;
  return {
    type: "string",
    description,
    ...(pattern ? { pattern: optional ? `^$|${pattern}` : pattern } : {}),
    ...(enumValues ? { enum: optional ? ["", ...enumValues] : enumValues } : {}),
    ...(column.required && !pattern && !enumValues ? { minLength: 1 } : {}),
  };
}

/**
 * The JSON Schema of the register files, generated from the column specs the readers use:
 * one `$defs` entry per register row (header as keys, every cell a string), and a whole set of
 * registers as JSON, one array per file. `docs/formats/registers.schema.json` is this, printed.
 */
export function registerJsonSchema(): Record<string, unknown> {
  const defs = Object.fromEntries(
    REGISTER_FORMATS.map((f) => [
      f.register,
      {
        title: f.file,
        type: "object",
        additionalProperties: false,
        required: f.columns.filter((c) => c.required && !c.aliases).map((c) => c.name),
        // A required column that may go by an older name: one of the names must be there.
        ...(f.columns.some((c) => c.required && c.aliases)
          ? {
              allOf: f.columns
                .filter((c) => c.required && c.aliases)
                .map((c) => ({
                  anyOf: [c.name, ...(c.aliases ?? [])].map((n) => ({ required: [n] })),
                })),
            }
          : {}),
        properties: Object.fromEntries(
          f.columns.flatMap((c) => [
            [c.name, cellSchema(c)],
            ...(c.aliases ?? []).map((a) => [a, cellSchema(c, c.name)]),
          ]),
        ),
      },
    ]),
  );
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://baocao.example/docs/formats/registers.schema.json",
    title: "Register CSV files (registers/*.csv)",
    description:
      "Sổ theo dõi: dự án, kế hoạch vốn, cam kết giải ngân, giải ngân, giải phóng mặt bằng, nhiệm vụ và tiến độ nhiệm vụ. Each $defs entry describes one CSV row (header as keys, every cell a string; numbers are machine numbers). The top level describes a whole set of registers as JSON, one array per file. Generated from src/formats/registers/register-formats.ts; see docs/formats/registers.md.",
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(
      REGISTER_FORMATS.map((f) => [
        f.register,
        { type: "array", items: { $ref: `#/$defs/${f.register}` } },
      ]),
    ),
    $defs: defs,
  };
}
