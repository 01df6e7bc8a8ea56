import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REFERENCE_DATASET } from "../../src/cli/reference-dataset.ts";
import {
  detectRegister,
  parseCsvRows,
  readRegisterCsv,
  registerJsonSchema,
  writeRegisterCsv,
} from "../../src/formats/registers/index.ts";
import { fixture, REGISTER_FILES } from "./fixture.ts";

const published = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../docs/formats/registers.schema.json"), "utf8"),
) as ReturnType<typeof registerJsonSchema>;

interface RowSchema {
  required: string[];
  allOf?: { anyOf: { required: string[] }[] }[];
  properties: Record<string, { pattern?: string; enum?: string[]; minLength?: number }>;
}

/** The cells of a CSV row that break its schema, as "column: value". */
function violations(schema: RowSchema, row: Record<string, string>): string[] {
  const bad: string[] = [];
  for (const name of schema.required) if (!(name in row)) bad.push(`${name}: missing`);
  for (const { anyOf } of schema.allOf ?? [])
    if (!anyOf.some((a) => a.required.every((n) => n in row)))
      bad.push(`${anyOf.map((a) => a.required.join()).join(" | ")}: missing`);
  for (const [name, value] of Object.entries(row)) {
    const cell = schema.properties[name];
    if (!cell) bad.push(`${name}: unknown column`);
    else if (cell.pattern && !new RegExp(cell.pattern).test(value)) bad.push(`${name}: ${value}`);
    else if (cell.enum && !cell.enum.includes(value)) bad.push(`${name}: ${value}`);
    else if (cell.minLength && value.length < cell.minLength) bad.push(`${name}: empty`);
  }
  return bad;
}

describe("register file formats", () => {
  it("publishes the JSON Schema the readers follow (docs/formats/registers.schema.json)", () => {
    expect(published).toEqual(registerJsonSchema());
  });

  it("describes every fixture file and every file of the reference dataset", () => {
    const dataset = readdirSync(join(REFERENCE_DATASET, "registers")).map((name) => ({
      name,
      text: readFileSync(join(REFERENCE_DATASET, "registers", name), "utf8"),
    }));
    const defs = published.$defs as Record<string, RowSchema>;
    const problems: string[] = [];
    for (const file of [...REGISTER_FILES.map(fixture), ...dataset]) {
      const [header = [], ...rows] = parseCsvRows(file.text, file.name);
      const format = detectRegister(header);
      if (!format) {
        problems.push(`${file.name}: not a register`);
        continue;
      }
      for (const [i, cells] of rows.entries()) {
        const row = Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ""]));
        for (const v of violations(defs[format.register] as RowSchema, row))
          problems.push(`${file.name}:${i + 2} ${v}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("writes CSV the reader takes back field for field", () => {
    const tasks = readRegisterCsv(fixture("tasks.csv").text, "tasks.csv");
    const written = writeRegisterCsv(
      "tasks",
      tasks.rows.map((r) => r.input),
    );
    expect(written.split("\r\n")[0]).toBe(
      "task_id,report_period,section,due_period,due_date,sector,paragraph,sentence,source,text_vi,lead_unit,partner_units,status,note",
    );
    const again = readRegisterCsv(written, "tasks.csv");
    expect(again.rows.map((r) => r.input)).toEqual(tasks.rows.map((r) => r.input));
    expect(again.rows[1]?.input).toMatchObject({
      id: "2023-09-T02",
      paragraph: 2,
      partnerUnits: ["XA_TAN_LONG"],
      textVi:
        "Triển khai thực hiện hiệu quả kế hoạch, phương án phòng, chống thiên tai và tìm kiếm cứu nạn.",
    });
  });
});
