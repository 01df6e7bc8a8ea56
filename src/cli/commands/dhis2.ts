import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import { type Command, Option } from "commander";
import { Engine } from "../../engine/index.ts";
import {
  type Dhis2Format,
  locateDhis2Error,
  readDhis2File,
  readDhis2Mapping,
  writeDhis2,
} from "../../formats/index.ts";
import { type CliIo, withMigratedStore } from "../context.ts";
import { readFileOrRefuse } from "../file-errors.ts";

/**
 * `baocao dhis2 import|export`: exchanges monthly values with DHIS2 as data value sets (JSON,
 * CSV) or ADX XML, through a mapping file of DHIS2 uids and codes.
 */
export function registerDhis2(program: Command, io: CliIo): void {
  const dhis2 = program
    .command("dhis2")
    .description("Trao đổi số liệu với DHIS2 (dataValueSets JSON/CSV, ADX XML) qua tệp ánh xạ");
  dhis2
    .command("import")
    .description("Nhập một tệp DHIS2; lỗi ở bất kỳ giá trị nào thì không ghi gì")
    .argument("<file>", "tệp .json, .csv hoặc .xml (ADX)")
    .requiredOption("-m, --mapping <file>", "tệp ánh xạ (YAML hoặc JSON)")
    .option("--dry-run", "chỉ kiểm tra, không ghi")
    .option("--by <user>", "người nhập, ghi vào nhật ký thay đổi", "dhis2")
    .action(async (path: string, options: { mapping: string; dryRun?: boolean; by: string }) => {
      const mapping = readDhis2Mapping(readText(options.mapping), basename(options.mapping));
      const read = readDhis2File(readFileOrRefuse(path), basename(path), mapping);
      await withMigratedStore(io, async (store) => {
        const engine = await Engine.open(store);
        const summary = await engine
          .import(
            { values: read.inputs },
            { by: options.by, via: "import" },
            {
              dryRun: options.dryRun ?? false,
            },
          )
          .catch((error: unknown) => {
            throw locateDhis2Error(error, read);
          });
        const v = summary.values;
        io.out(
          `${options.dryRun ? "Kiểm tra xong (chưa ghi gì)" : "Đã nhập"} ${read.inputs.length} giá trị DHIS2 (${read.format}): ${v.created} mới, ${v.updated} cập nhật, ${v.deleted} xoá, ${v.unchanged} không đổi.`,
        );
      });
    });
  dhis2
    .command("export")
    .description("Xuất số liệu đã lưu của các đơn vị trong các tháng sang định dạng DHIS2")
    .requiredOption("-m, --mapping <file>", "tệp ánh xạ (YAML hoặc JSON)")
    .requiredOption("-p, --period <months>", "các tháng, cách nhau bởi dấu phẩy: 2023-07,2023-08")
    .option("-u, --units <codes>", "các đơn vị (mặc định: mọi đơn vị trong tệp ánh xạ)")
    .addOption(
      new Option("-f, --format <format>", "định dạng")
        .choices(["json", "csv", "adx"])
        .default("json"),
    )
    .option("-o, --output <file>", "tệp kết quả (mặc định: in ra màn hình)")
    .action(
      async (options: {
        mapping: string;
        period: string;
        units?: string;
        format: Dhis2Format;
        output?: string;
      }) => {
        const text = readText(options.mapping);
        const mapping = readDhis2Mapping(text, basename(options.mapping));
        await withMigratedStore(io, async (store) => {
          const engine = await Engine.open(store);
          const units = options.units
            ? options.units.split(",").map((u) => u.trim())
            : engine.units.units.map((u) => u.code).filter((u) => mapping.orgUnitOf(u));
          const records = await engine.storedValues({
            unitCodes: units,
            periods: options.period.split(",").map((p) => p.trim()),
          });
          const written = writeDhis2(records, mapping, options.format);
          if (options.output) writeFileSync(options.output, written.text);
          else io.out(written.text.trimEnd());
          const skipped =
            written.unmapped > 0
              ? `; ${written.unmapped} giá trị không có trong ánh xạ, bỏ qua`
              : "";
          io.err(`Đã xuất ${written.written} giá trị${skipped}.`);
        });
      },
    );
}

function readText(path: string): string {
  return new TextDecoder().decode(readFileOrRefuse(path));
}
