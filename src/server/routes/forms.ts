import type { FastifyInstance } from "fastify";
import { getSector, measureUnitName, valueRange } from "../../core/catalogue/index.ts";
import { BaocaoError } from "../../core/errors.ts";
import {
  formatPeriodId,
  parsePeriod,
  previousPeriod,
  samePeriodLastYear,
} from "../../core/periods/index.ts";
import { type DataValueRecord, keyString } from "../../core/values/index.ts";
import {
  confirmFormUpload,
  type FormLine,
  type FormSheet,
  previewFormUpload,
  readFormWorkbook,
  writeFormWorkbook,
} from "../../formats/index.ts";
import { entryCells } from "../../services/entry-cells.ts";
import { indicatorsReportedBy } from "../../services/entry-form.ts";
import { unitAsOf } from "../../services/unit-scope.ts";
import { authorize, requireUser } from "../auth/index.ts";
import type { ServerContext } from "../context.ts";
import { api } from "../contract/index.ts";
import { addRoute } from "../route-kit.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Units one workbook may hold (one sheet each). */
const MAX_UNITS = 200;

/** Excel forms: download a unit's (or several units') form for a month; upload it filled, preview, confirm. */
export function formRoutes(app: FastifyInstance, ctx: ServerContext): void {
  addRoute(app, api.forms.download, async ({ query, request, reply }) => {
    const user = requireUser(request);
    const units = [...new Set(query.units.split(",").map((u) => u.trim()))].filter(Boolean);
    if (units.length > MAX_UNITS)
      throw new BaocaoError(
        "forms.too_many_units",
        `Một tệp biểu mẫu có tối đa ${MAX_UNITS} đơn vị (đã chọn ${units.length}).`,
        { units: units.length, max: MAX_UNITS },
      );
    for (const unit of units) authorize(request, "data.read", unit);
    const sheets: FormSheet[] = [];
    for (const unit of units) sheets.push(await formSheet(ctx, unit, query.period));
    const file = await writeFormWorkbook(sheets, {
      madeAt: ctx.now(),
      madeBy: user.username,
      version: "1",
    });
    const name = `bieu-mau-${units.length === 1 ? units[0] : `${units.length}-don-vi`}-${query.period}.xlsx`;
    return reply
      .header("content-type", XLSX)
      .header("content-disposition", `attachment; filename="${name}"`)
      .send(Buffer.from(file));
  });

  addRoute(app, api.forms.upload, async ({ body, request }) => {
    const user = requireUser(request);
    const upload = await readFormWorkbook(Buffer.from(body.content, "base64"), body.fileName);
    for (const unit of new Set(upload.entries.map((e) => e.unit)))
      authorize(request, body.confirm ? "value.write" : "data.read", unit);
    const preview = await previewFormUpload(ctx.engine, upload.entries);
    if (body.confirm) await confirmFormUpload(ctx.engine, preview, body.fileName, user.username);
    const count = (kind: string) => preview.changes.filter((c) => c.kind === kind).length;
    return {
      changes: preview.changes.map((c) => ({ ...c })),
      counts: {
        new: count("new"),
        changed: count("changed"),
        unchanged: count("unchanged"),
        conflict: count("conflict"),
      },
      written: body.confirm && preview.inputs.length > 0,
    };
  });
}

/** A unit's form for a month: what it reports, what is stored, last month and last year. */
async function formSheet(
  ctx: ServerContext,
  unitCode: string,
  periodId: string,
): Promise<FormSheet> {
  const unit = unitAsOf(ctx.engine, unitCode, periodId);
  const period = parsePeriod(periodId);
  const catalogue = ctx.engine.catalogue;
  const [stored, previous, lastYear] = await Promise.all(
    [period, previousPeriod(period), samePeriodLastYear(period)].map((p) =>
      ctx.engine.storedValues({ unitCodes: [unitCode], periods: [formatPeriodId(p)] }),
    ),
  );
  const indicators = await indicatorsReportedBy(ctx.engine, unitCode, periodId, stored ?? []);
  const audited = await ctx.engine.auditedVersions({
    unitCodes: [unitCode],
    periods: [periodId],
    indicatorCodes: indicators.map((i) => i.code),
  });
  const figure = (records: readonly DataValueRecord[] | undefined, code: string, d: string) =>
    records?.find((r) => r.indicatorCode === code && r.disaggregation === d)?.value ?? null;
  const lines: FormLine[] = indicators.flatMap((indicator) => {
    const range = valueRange(indicator, catalogue.measureUnits);
    return entryCells(catalogue, indicator, stored ?? [], (d) =>
      audited.get(
        keyString({
          indicatorCode: indicator.code,
          unitCode,
          period: periodId,
          disaggregation: d,
        }),
      ),
    ).map((cell) => ({
      sectorVi: getSector(indicator.sector).nameVi,
      indicator: indicator.code,
      nameVi: indicator.nameVi,
      disaggregation: cell.disaggregation,
      labelVi: cell.labelVi,
      unitVi: measureUnitName(catalogue, indicator.unit),
      valueType: indicator.valueType,
      decimals: indicator.decimals,
      ...(range.min !== undefined ? { min: range.min } : {}),
      ...(range.max !== undefined ? { max: range.max } : {}),
      value: cell.value ?? cell.textValue,
      status: cell.status,
      note: cell.note,
      version: cell.version,
      previous: figure(previous, indicator.code, cell.disaggregation),
      samePeriodLastYear: figure(lastYear, indicator.code, cell.disaggregation),
    }));
  });
  const regime = (await ctx.engine.regimes()).find((r) => r.reportingUnits.includes(unitCode));
  const due = regime
    ? (await ctx.engine.reportingStatus(periodId)).find(
        (s) => s.regime === regime.code && s.unit === unitCode,
      )?.deadline
    : undefined;
  return {
    unit: { code: unit.code, nameVi: unit.nameVi },
    period: periodId,
    form: regime
      ? { code: regime.code, nameVi: regime.nameVi }
      : { code: "BM-SL", nameVi: "Số liệu kinh tế - xã hội hằng tháng" },
    ...(due ? { dueDate: due } : {}),
    lines,
  };
}
