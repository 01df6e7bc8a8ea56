import type { FastifyInstance } from "fastify";
import { BaocaoError } from "../../core/errors.ts";
import {
  confirmFormUpload,
  type FormSheet,
  previewFormUpload,
  readFormWorkbook,
  writeFormWorkbook,
} from "../../formats/index.ts";
import { formSheetsOf } from "../../services/form-sheets.ts";
import { authorize, requireUser } from "../auth/index.ts";
import type { ServerContext } from "../context.ts";
import { api } from "../contract/index.ts";
import { addRoute } from "../route-kit.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Units one workbook may hold (one sheet each). */
const MAX_UNITS = 200;

/**
 * Excel forms: download a unit's (or several units') forms for a month — a sheet for the month and
 * one for each quarter, half, nine months or year filed in it; upload them filled, preview, confirm.
 */
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
    for (const unit of units) sheets.push(...(await formSheetsOf(ctx.engine, unit, query.period)));
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
