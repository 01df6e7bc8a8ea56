import { z } from "zod";
import { catalogueFileSchema } from "./catalogue-schema.ts";

/**
 * The published JSON Schema of catalogue files, generated from the same zod schema that checks
 * them on import, so the documentation cannot drift from what baocao accepts.
 */
export function catalogueJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(catalogueFileSchema, { io: "input" }),
    title:
      "baocao catalogue file (danh mục: đơn vị, chỉ tiêu, chỉ tiêu kế hoạch, quy tắc kiểm tra, chế độ báo cáo)",
  };
}
