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
            { header: "code", value: (u) => u.code },
            { header: "nameVi", value: (u) => u.nameVi },
            { header: "kind", value: (u) => u.kind },
            { header: "parent", value: (u) => u.parent },
            { header: "validFrom", value: (u) => u.validFrom },
            { header: "validTo", value: (u) => u.validTo },
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
            { header: "code", value: (i) => i.code },
            { header: "nameVi", value: (i) => i.nameVi },
            { header: "sector", value: (i) => i.sector },
            { header: "unit", value: (i) => i.unit },
            { header: "overTime", value: (i) => i.aggregation.overTime },
            { header: "overUnits", value: (i) => i.aggregation.overUnits.kind },
            { header: "formula", value: (i) => i.formula ?? null },
          ],
          options.format,
        );
      });
    });
}
