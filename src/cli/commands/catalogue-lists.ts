import type { Command } from "commander";
import { Engine } from "../../engine/index.ts";
import { type CliIo, withMigratedStore } from "../context.ts";
import { printRows, withFormatOption } from "../output.ts";

/** `baocao units` and `baocao indicators`: list the catalogue so scripts can find codes. */
export function registerCatalogueLists(program: Command, io: CliIo): void {
  withFormatOption(program.command("units"))
    .description("Liệt kê các đơn vị (mã, tên, cấp, đơn vị cấp trên, thời gian hiệu lực)")
    .action(async (options: { format?: string }) => {
      await withMigratedStore(io, async (store) => {
        const { units } = await Engine.open(store).then((e) => e.units);
        printRows(
          io,
          units,
          [
            { header: "code", label: "Mã", value: (u) => u.code, width: 22 },
            { header: "nameVi", label: "Tên", value: (u) => u.nameVi, width: 30 },
            { header: "kind", label: "Cấp", value: (u) => u.kind },
            { header: "parent", label: "Cấp trên", value: (u) => u.parent, width: 16 },
            { header: "validFrom", label: "Từ ngày", value: (u) => u.validFrom },
            { header: "validTo", label: "Đến ngày", value: (u) => u.validTo },
          ],
          options.format,
        );
      });
    });

  withFormatOption(program.command("indicators"))
    .description("Liệt kê các chỉ tiêu (mã, tên, lĩnh vực, đơn vị tính, cách tổng hợp)")
    .action(async (options: { format?: string }) => {
      await withMigratedStore(io, async (store) => {
        const { catalogue } = await Engine.open(store);
        printRows(
          io,
          catalogue.indicators,
          [
            { header: "code", label: "Mã", value: (i) => i.code, width: 28 },
            { header: "nameVi", label: "Tên chỉ tiêu", value: (i) => i.nameVi, width: 34 },
            { header: "sector", label: "Lĩnh vực", value: (i) => i.sector, inTable: false },
            { header: "unit", label: "ĐVT", value: (i) => i.unit, width: 10 },
            { header: "overTime", label: "Theo kỳ", value: (i) => i.aggregation.overTime },
            {
              header: "overUnits",
              label: "Theo đơn vị",
              value: (i) => i.aggregation.overUnits.kind,
            },
            {
              header: "formula",
              label: "Công thức",
              value: (i) => i.formula ?? null,
              inTable: false,
            },
          ],
          options.format,
        );
      });
    });
}
