import { REGISTER_NAMES, type RegisterName } from "../../core/registers/index.ts";

/** How a cell is read: as text, a machine number, true/false, or unit codes joined by `;`. */
export type CellKind = "text" | "number" | "boolean" | "codes";

/** One column of a register file: its header, the field it fills and how it is read. */
export interface RegisterColumn {
  readonly name: string;
  readonly field: string;
  readonly kind: CellKind;
  /** The header must have this column (a cell may still be empty where the field is optional). */
  readonly required?: boolean;
  /** Other headers accepted for this column (the reference dataset's names). */
  readonly aliases?: readonly string[];
  /** What the column holds, for the format documentation. */
  readonly description: string;
  /** The cell's text as JSON Schema keywords (`pattern`, `enum`), for the published schema. */
  readonly cell?: Readonly<Record<string, unknown>>;
}

/** One register's file format: its usual file name, columns in order, and how it is recognised. */
export interface RegisterFormat {
  readonly register: RegisterName;
  readonly file: string;
  /** Columns whose presence in the header says a CSV file is this register. */
  readonly signature: readonly string[];
  readonly columns: readonly RegisterColumn[];
}

const col = (
  name: string,
  field: string,
  kind: CellKind,
  description: string,
  extra: {
    required?: boolean;
    aliases?: readonly string[];
    cell?: Readonly<Record<string, unknown>>;
  } = {},
): RegisterColumn => ({ name, field, kind, description, ...extra });

// What a cell may hold, as JSON Schema (every CSV cell is text).
const PROJECT = { pattern: "^[A-Z0-9][A-Z0-9_]*$" };
const UNIT = { pattern: "^[A-Z0-9][A-Z0-9_]*$" };
const UNITS = { pattern: "^([A-Z0-9][A-Z0-9_]*(;[A-Z0-9][A-Z0-9_]*)*)?$" };
const OPTION = { pattern: "^[a-z][a-z0-9_]*$" };
const MONTH = { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$" };
const DAY = { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$" };
const AMOUNT = { pattern: "^(0|[1-9][0-9]*)(\\.[0-9]+)?$" };
const COUNT = { pattern: "^(0|[1-9][0-9]*)$" };
const LEVEL = { enum: ["tinh_quan_ly", "huyen_quan_ly", "xa_quan_ly"] };
const TASK_STATUS = { enum: ["new", "in_progress", "done", "cancelled"] };

const required = { required: true };
const synthetic = col(
  "synthetic",
  "synthetic",
  "boolean",
  "true cho số liệu giả định (bộ dữ liệu mẫu)",
  { cell: { enum: ["true", "false", "1", "0"] } },
);
const note = col("note", "note", "text", "ghi chú");

/**
 * The formats' part of the register definitions: each register's file, by the register's name
 * (the compiler asks for one when a register is added).
 */
const FORMATS: { readonly [N in RegisterName]: Omit<RegisterFormat, "register"> } = {
  projects: {
    file: "projects.csv",
    signature: ["project_code", "name_vi"],
    columns: [
      col("project_code", "code", "text", "mã dự án: chữ in hoa, số, _ (DA_H03)", {
        required: true,
        cell: PROJECT,
      }),
      col("name_vi", "nameVi", "text", "tên dự án, công trình", required),
      col(
        "managing_level",
        "managingLevel",
        "text",
        "cấp quản lý vốn: tinh_quan_ly, huyen_quan_ly, xa_quan_ly",
        { required: true, aliases: ["fund_source"], cell: LEVEL },
      ),
      col("programme", "programme", "text", "chương trình (ctmtqg…) hoặc trống", { cell: OPTION }),
      col("owner_unit", "ownerUnit", "text", "mã đơn vị chủ đầu tư, nếu là đơn vị của mình", {
        cell: UNIT,
      }),
      col("owner_name", "ownerName", "text", "tên chủ đầu tư khác (Ban quản lý dự án…)"),
      col(
        "reporting_unit",
        "reportingUnit",
        "text",
        "đơn vị báo cáo dự án; trống: owner_unit, nếu không thì đơn vị chung nhỏ nhất của location_units",
        { cell: UNIT },
      ),
      col("location_units", "locationUnits", "codes", "địa điểm: mã đơn vị, nối bằng ;", {
        cell: UNITS,
      }),
      col("start_date", "startDate", "text", "ngày khởi công YYYY-MM-DD", { cell: DAY }),
      col("end_date", "endDate", "text", "ngày hoàn thành YYYY-MM-DD", { cell: DAY }),
      col("status", "status", "text", "preparing, in_progress (mặc định), completed, suspended", {
        cell: { enum: ["preparing", "in_progress", "completed", "suspended"] },
      }),
      synthetic,
      note,
    ],
  },
  capitalPlans: {
    file: "capital-plans.csv",
    signature: ["project_code", "capital_plan_trieu_dong"],
    columns: [
      col("project_code", "projectCode", "text", "mã dự án", { required: true, cell: PROJECT }),
      col("year", "year", "number", "năm kế hoạch", {
        required: true,
        cell: { pattern: "^[0-9]{4}$" },
      }),
      col("fund_source", "fundSource", "text", "nguồn vốn (mã chữ thường)", {
        required: true,
        cell: OPTION,
      }),
      col("programme", "programme", "text", "chương trình; trống: chương trình của dự án", {
        cell: OPTION,
      }),
      col("capital_plan_trieu_dong", "amount", "number", "kế hoạch vốn, triệu đồng", {
        required: true,
        cell: AMOUNT,
      }),
      synthetic,
      note,
    ],
  },
  commitments: {
    file: "commitments.csv",
    signature: ["due_date", "share_pct"],
    columns: [
      col("project_code", "projectCode", "text", "mã dự án, hoặc trống khi cam kết cho cả cấp", {
        cell: PROJECT,
      }),
      col(
        "managing_level",
        "managingLevel",
        "text",
        "cấp quản lý vốn, hoặc trống khi cam kết cho một dự án",
        { cell: LEVEL },
      ),
      col("due_date", "dueDate", "text", "hạn cam kết YYYY-MM-DD", { required: true, cell: DAY }),
      col(
        "share_pct",
        "sharePct",
        "number",
        "tỷ lệ kế hoạch vốn năm cam kết giải ngân đến hạn, %",
        { required: true, cell: AMOUNT },
      ),
      note,
    ],
  },
  disbursements: {
    file: "disbursements.csv",
    signature: ["project_code", "amount_trieu_dong"],
    columns: [
      col("project_code", "projectCode", "text", "mã dự án", { required: true, cell: PROJECT }),
      col("period", "period", "text", "tháng YYYY-MM (trống: tháng của date)", { cell: MONTH }),
      col("fund_source", "fundSource", "text", "nguồn vốn; trống khi dự án chỉ có một nguồn", {
        cell: OPTION,
      }),
      col("date", "date", "text", "ngày ghi nhận YYYY-MM-DD", { cell: DAY }),
      col(
        "amount_trieu_dong",
        "amount",
        "number",
        "số giải ngân trong tháng (không lũy kế), triệu đồng",
        { required: true, cell: AMOUNT },
      ),
      col("status", "status", "text", "official (mặc định) hoặc estimate", {
        cell: { enum: ["official", "estimate"] },
      }),
      synthetic,
      note,
    ],
  },
  siteClearance: {
    file: "site-clearance.csv",
    signature: ["project_code", "households_total"],
    columns: [
      col("project_code", "projectCode", "text", "mã dự án", { required: true, cell: PROJECT }),
      col("period", "period", "text", "tháng YYYY-MM (tình hình đến hết tháng)", {
        required: true,
        cell: MONTH,
      }),
      col("date", "date", "text", "ngày số liệu YYYY-MM-DD", { cell: DAY }),
      col("households_total", "householdsTotal", "number", "số hộ bị ảnh hưởng", {
        required: true,
        cell: COUNT,
      }),
      col("households_paid", "householdsPaid", "number", "số hộ đã nhận tiền", {
        required: true,
        cell: COUNT,
      }),
      col(
        "households_handed_over",
        "householdsHandedOver",
        "number",
        "số hộ đã bàn giao mặt bằng",
        { cell: COUNT },
      ),
      col("amount_total_dong", "amountTotal", "number", "tổng kinh phí bồi thường, đồng", {
        cell: AMOUNT,
      }),
      col("amount_paid_dong", "amountPaid", "number", "kinh phí đã chi trả, đồng", {
        cell: AMOUNT,
      }),
      synthetic,
      note,
    ],
  },
  tasks: {
    file: "tasks.csv",
    signature: ["task_id", "text_vi"],
    columns: [
      col("task_id", "id", "text", "mã nhiệm vụ (2023-09-T01)", {
        required: true,
        cell: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" },
      }),
      col("report_period", "reportPeriod", "text", "tháng của báo cáo giao nhiệm vụ", {
        cell: MONTH,
      }),
      col("section", "section", "text", "mục của báo cáo (mặc định II)"),
      col(
        "due_period",
        "duePeriod",
        "text",
        "hạn: hết tháng YYYY-MM (mặc định tháng sau report_period)",
        { cell: MONTH },
      ),
      col("due_date", "dueDate", "text", "hạn: ngày YYYY-MM-DD", { cell: DAY }),
      col("sector", "sector", "text", "lĩnh vực của báo cáo", {
        required: true,
        cell: {
          enum: ["economy", "culture_society", "defence_security", "inspection_justice_government"],
        },
      }),
      col("paragraph", "paragraph", "number", "số đoạn trong lĩnh vực", { cell: COUNT }),
      col("sentence", "sentence", "number", "số câu trong đoạn", { cell: COUNT }),
      col("source", "source", "text", "văn bản giao nhiệm vụ, nếu không phải báo cáo"),
      col("text_vi", "textVi", "text", "nội dung nhiệm vụ", required),
      col("lead_unit", "leadUnit", "text", "đơn vị chủ trì", { required: true, cell: UNIT }),
      col("partner_units", "partnerUnits", "codes", "đơn vị phối hợp, nối bằng ;", { cell: UNITS }),
      col(
        "status",
        "status",
        "text",
        "new (mặc định), in_progress, done, cancelled; quá hạn được tính, không nhập",
        { cell: TASK_STATUS },
      ),
      note,
    ],
  },
  taskProgress: {
    file: "task-progress.csv",
    signature: ["task_id", "date"],
    columns: [
      col("task_id", "taskId", "text", "mã nhiệm vụ", {
        required: true,
        cell: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" },
      }),
      col("date", "date", "text", "ngày ghi nhận YYYY-MM-DD", { required: true, cell: DAY }),
      col("status", "status", "text", "trạng thái mới, nếu đổi", { cell: TASK_STATUS }),
      col("note", "note", "text", "nội dung tiến độ"),
      col("by", "by", "text", "người ghi"),
    ],
  },
};

/** The register file formats, in the order registers are documented and exported. */
export const REGISTER_FORMATS: readonly RegisterFormat[] = REGISTER_NAMES.map((register) =>
  formatOf(register),
);

/** The format of a register. */
export function formatOf(register: RegisterName): RegisterFormat {
  return { register, ...FORMATS[register] };
}

/**
 * The register a CSV header belongs to, or undefined for a values file. Tasks are tried before
 * their progress notes, since a tasks file has both `task_id` and `date`-like columns.
 */
export function detectRegister(header: readonly string[]): RegisterFormat | undefined {
  const names = new Set(header.map((h) => h.trim().toLowerCase()));
  return REGISTER_FORMATS.find((f) => f.signature.every((c) => names.has(c)));
}
