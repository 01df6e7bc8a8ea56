import type { AssembledValues } from "./assemble-values.ts";
import type { FigureCheck } from "./checks.ts";
import type { ExtractedReport } from "./extract-report.ts";

/**
 * The report a clerk reads after an extraction, in Vietnamese: what was found, what was not and
 * why, what was read but held back, and the checks (recomputed figures that disagree first).
 */
export function extractSummary(
  reports: readonly ExtractedReport[],
  assembled: AssembledValues,
  checks: readonly FigureCheck[],
): string[] {
  const lines: string[] = [];
  const found = reports.reduce((n, r) => n + r.found.length, 0);
  const missing = reports.flatMap((r) => r.missing);
  lines.push(
    `Đã đọc ${reports.length} báo cáo: tìm thấy ${found} số liệu của mẫu, không tìm thấy ${missing.length}.`,
  );
  lines.push(
    `Giá trị ghi vào tệp: ${assembled.values.length}; chỉ tiêu giao: ${assembled.targets.length}; giữ lại, chưa ghi: ${assembled.heldBack.length}.`,
  );
  if (missing.length > 0) {
    lines.push("", "Không tìm thấy:");
    for (const m of missing)
      lines.push(
        `  - ${m.file}, dòng ${m.figure.line} của mẫu, {{ ${m.figure.source} }}: ${m.reason}`,
      );
  }
  if (assembled.heldBack.length > 0) {
    lines.push("", "Đọc được nhưng chưa ghi:");
    for (const h of assembled.heldBack)
      lines.push(`  - {{ ${h.figure.figure.source} }} = “${h.figure.written}”: ${h.reason}`);
  }
  const disagree = checks.filter((c) => c.verdict === "disagree");
  const agree = checks.filter((c) => c.verdict === "agree").length;
  const unknown = checks.filter((c) => c.verdict === "unknown").length;
  lines.push(
    "",
    `Kiểm tra (số liệu tính lại từ các số đã đọc): ${agree} khớp, ${disagree.length} lệch, ${unknown} không tính lại được.`,
  );
  for (const c of disagree)
    lines.push(
      `  - Lệch: {{ ${c.figure.figure.source} }} báo cáo ghi “${c.figure.written}”, tính lại được “${c.expected ?? ""}” (${c.figure.file})`,
    );
  return lines;
}
