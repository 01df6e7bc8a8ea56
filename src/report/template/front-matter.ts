import { BaocaoError } from "../../core/errors.ts";
import type { ReportMeta } from "../model.ts";
import { TEMPLATE_LIMITS } from "./limits.ts";
import { readDoubleQuoted } from "./yaml-double-quoted.ts";

/** The text fields of a template's front matter, in the order templates write them. */
export const FRONT_MATTER_TEXT_FIELDS = [
  "parentBody",
  "issuingBody",
  "number",
  "place",
  "date",
  "title",
  "subject",
  "signingAuthority",
  "signerTitle",
  "signerName",
] as const;
const FIELDS: readonly string[] = [...FRONT_MATTER_TEXT_FIELDS, "recipients", "cutoffDay"];

// The front matter is the YAML subset the metadata needs — `name: value` lines and `  - item`
// lists, values plain or quoted — read here line by line. A general YAML parser is not used on
// what users send: the library took 111 s on 500 "{" and 10 minutes on a 15 KB line, while this
// reader is linear and every error names its line. It has no dependency, so the web app's
// front-matter form reads with it too.
const FIELD_LINE = /^([A-Za-z][A-Za-z0-9_]*):(?:[ \t]+(.*))?$/;
const ITEM_LINE = /^[ \t]+-(?:[ \t]+(.*))?$/;
const DOUBLE_QUOTED = /^"[^"\\]*(?:\\.[^"\\]*)*"/;
const SINGLE_QUOTED = /^'[^']*(?:''[^']*)*'/;
// What YAML would read as something other than text; such a plain value must be quoted.
const NOT_TEXT = /^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|true|false|null|~)$/i;
const INDICATOR = /^[[\]{}&*!|>?%@`#,]/;

function invalid(message: string, details: Record<string, unknown>): BaocaoError {
  return new BaocaoError("report.front_matter", `Phần đầu (---) của mẫu báo cáo: ${message}`, {
    ...details,
  });
}

/** One value as written after `name:` or `-`: quoted (YAML's escapes) or plain (to a ` #`). */
function scalar(raw: string, line: number, field: string): { text: string; plain: boolean } {
  const quoted = DOUBLE_QUOTED.exec(raw) ?? SINGLE_QUOTED.exec(raw);
  if (quoted) {
    const rest = raw.slice(quoted[0].length).trim();
    if (rest !== "" && !rest.startsWith("#"))
      throw invalid(`dòng ${line}: thừa "${rest.slice(0, 20)}" sau giá trị trong ngoặc.`, {
        line,
        field,
      });
    const text = quoted[0].startsWith('"')
      ? readDoubleQuoted(quoted[0])
      : quoted[0].slice(1, -1).replaceAll("''", "'");
    if (text === undefined)
      throw invalid(`dòng ${line}: trong ngoặc kép có một dấu \\ mà YAML không hiểu.`, {
        line,
        field,
      });
    return { text, plain: false };
  }
  if (INDICATOR.test(raw))
    throw invalid(`dòng ${line}: giá trị bắt đầu bằng "${raw[0]}" cần đặt trong ngoặc kép ("…").`, {
      line,
      field,
    });
  const comment = raw.search(/[ \t]#/);
  return { text: (comment < 0 ? raw : raw.slice(0, comment)).trim(), plain: true };
}

/**
 * Reads a template's front matter (the lines between the `---` lines, which start at `firstLine`)
 * into the document's metadata: text fields are text, `recipients` a list of lines. Anything else
 * — an unknown or repeated field, a number where text is due, YAML beyond `name: value` and
 * `- item` — is a `report.front_matter` error naming the line and the field.
 */
export function readFrontMatter(yaml: string, firstLine: number): Partial<ReportMeta> {
  if (yaml.length > TEMPLATE_LIMITS.frontMatter) {
    const what = `dài ${yaml.length} ký tự, quá giới hạn ${TEMPLATE_LIMITS.frontMatter}.`;
    throw invalid(what, { line: firstLine, length: yaml.length });
  }
  const meta: Record<string, string | string[] | number> = {};
  let list: { field: string; items: string[] } | undefined;
  yaml.split(/\r?\n/).forEach((text, i) => {
    const line = firstLine + i;
    const trimmed = text.trimEnd();
    if (trimmed.trim() === "" || trimmed.trimStart().startsWith("#")) return;
    const item = ITEM_LINE.exec(trimmed);
    if (item) {
      if (!list)
        throw invalid(`dòng ${line}: mục "- …" chỉ đặt dưới một trường danh sách (recipients:).`, {
          line,
        });
      list.items.push(scalar(item[1] ?? "", line, list.field).text);
      return;
    }
    const field = FIELD_LINE.exec(trimmed);
    if (!field)
      throw invalid(
        `dòng ${line} không đúng dạng: mỗi dòng là "tên: giá trị" hoặc "  - một dòng" của danh sách.`,
        { line },
      );
    const name = field[1] as string;
    if (!FIELDS.includes(name)) {
      const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
      throw invalid(
        `dòng ${line}: không có trường "${shown}" (các trường: ${FIELDS.join(", ")}).`,
        {
          line,
          field: shown,
        },
      );
    }
    if (name in meta)
      throw invalid(`dòng ${line}: trường "${name}" đã có ở trên.`, { line, field: name });
    list = undefined;
    const raw = field[2]?.trim() ?? "";
    if (name === "recipients") {
      if (raw !== "" && !raw.startsWith("#"))
        throw invalid(
          `dòng ${line}: trường "recipients" (Nơi nhận) là danh sách, mỗi dòng một mục "  - …".`,
          { line, field: name },
        );
      list = { field: name, items: [] };
      meta[name] = list.items;
      return;
    }
    const value = scalar(raw, line, name);
    if (name === "cutoffDay") {
      const day = Number(value.text);
      if (!/^\d{1,2}$/.test(value.text) || day < 1 || day > 31)
        throw invalid(`dòng ${line}: trường "cutoffDay" là một ngày trong tháng, từ 1 đến 31.`, {
          line,
          field: name,
        });
      meta[name] = day;
      return;
    }
    if (value.plain && NOT_TEXT.test(value.text))
      throw invalid(
        `dòng ${line}: trường "${name}" phải là một dòng chữ (đặt "${value.text}" trong ngoặc kép).`,
        { line, field: name },
      );
    meta[name] = value.text;
  });
  return meta as Partial<ReportMeta>;
}
