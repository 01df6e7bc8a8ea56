import { XMLParser } from "fast-xml-parser";
import { BaocaoError, isBaocaoError } from "../../core/errors.ts";
import { parseDisaggregationKey, type ValueInput } from "../../engine/index.ts";
import { readCsv } from "../csv/index.ts";
import {
  describeLocation,
  type FileProblem,
  fileProblemsError,
  type SourceLocation,
} from "../located-error.ts";
import type { Dhis2Mapping } from "./mapping.ts";
import { monthOfDhis2 } from "./periods.ts";

/** One data value as DHIS2 wrote it, with where it is in the file. */
interface RawValue {
  readonly at: SourceLocation;
  readonly dataElement: string;
  readonly period: string;
  readonly orgUnit: string;
  /** Category option combo uid (JSON, CSV) … */
  readonly combo?: string;
  /** … or ADX category attributes. */
  readonly categories?: Readonly<Record<string, string>>;
  readonly value: string;
  readonly comment?: string;
  readonly deleted?: boolean;
}

/** Values read from a DHIS2 file, ready for the engine, with where each came from. */
export interface Dhis2Read {
  readonly format: "json" | "csv" | "adx";
  readonly inputs: readonly ValueInput[];
  readonly locations: readonly SourceLocation[];
}

/**
 * Reads a DHIS2 exchange file — a data value set as JSON or CSV, or ADX XML, told apart by its
 * content — and maps its identifiers to baocao codes with the mapping. An identifier the
 * mapping lacks, or a period that is not a month, is a problem naming its place in the file.
 */
export function readDhis2File(content: Uint8Array, file: string, mapping: Dhis2Mapping): Dhis2Read {
  const text = new TextDecoder().decode(content).replace(/^\uFEFF/, "");
  const start = text.trimStart()[0];
  const format = start === "{" ? "json" : start === "<" ? "adx" : "csv";
  const raw =
    format === "json"
      ? fromJson(text, file)
      : format === "adx"
        ? fromAdx(text, file)
        : fromCsv(content, file);
  const problems: FileProblem[] = [];
  const inputs: ValueInput[] = [];
  const locations: SourceLocation[] = [];
  for (const v of raw) {
    const problem = (code: string, message: string) => problems.push({ ...v.at, code, message });
    const unit = mapping.unitOf(v.orgUnit);
    const element = mapping.elementOf(v.dataElement);
    const period = monthOfDhis2(v.period);
    if (!unit)
      problem("dhis2.unknown_org_unit", `Đơn vị DHIS2 "${v.orgUnit}" không có trong tệp ánh xạ.`);
    if (!element)
      problem(
        "dhis2.unknown_data_element",
        `Phần tử dữ liệu DHIS2 "${v.dataElement}" không có trong tệp ánh xạ.`,
      );
    if (!period)
      problem(
        "dhis2.invalid_period",
        `Kỳ "${v.period}" không phải một tháng (202308 hoặc 2023-08-01/P1M); baocao nhận số liệu theo tháng.`,
      );
    const combo = element && comboOf(element, v);
    if (element && !combo)
      problem(
        "dhis2.unknown_combo",
        `Phân tổ DHIS2 ${v.combo ? `"${v.combo}"` : JSON.stringify(v.categories ?? {})} của phần tử ${v.dataElement} không có trong tệp ánh xạ.`,
      );
    if (!unit || !element || !period || !combo) continue;
    const value = dhis2Value(v.value);
    inputs.push({
      indicator: element.indicator,
      unit,
      period,
      disaggregation: parseDisaggregationKey(combo.disaggregation),
      value: typeof value === "number" ? value : null,
      ...(typeof value === "string" ? { textValue: value } : {}),
      ...(v.deleted ? { delete: true } : {}),
      status: "official",
      note: v.comment ?? "",
      source: "dhis2",
    });
    locations.push(v.at);
    if (problems.length >= 100) break;
  }
  if (problems.length > 0) throw fileProblemsError(problems);
  return { format, inputs, locations };
}

/** Puts the place in the DHIS2 file on an engine error about one value. */
export function locateDhis2Error(error: unknown, read: Dhis2Read): unknown {
  if (!isBaocaoError(error) || typeof error.details.index !== "number") return error;
  const at = read.locations[error.details.index];
  if (!at) return error;
  const problem = { ...at, code: error.code, message: error.message };
  return new BaocaoError(error.code, `${describeLocation(at)}: ${error.message}`, {
    ...error.details,
    problems: [problem],
  });
}

function comboOf(element: NonNullable<ReturnType<Dhis2Mapping["elementOf"]>>, v: RawValue) {
  if (v.categories) {
    const wanted = Object.entries(v.categories).sort().join("|");
    return element.combos.find((c) => Object.entries(c.adx).sort().join("|") === wanted);
  }
  return element.combos.find((c) => c.uid === (v.combo || "HllvX50cXC0"));
}

function dhis2Value(value: string): number | string | null {
  const v = value.trim();
  if (v === "") return null;
  if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v)) return Number(v);
  if (v === "true") return 1;
  if (v === "false") return 0;
  return v;
}

function fromJson(text: string, file: string): RawValue[] {
  let set: Record<string, unknown>;
  try {
    set = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw fileProblemsError([
      {
        file,
        code: "dhis2.invalid_json",
        message: `Tệp JSON không hợp lệ: ${(error as Error).message}`,
      },
    ]);
  }
  const values = set.dataValues;
  if (!Array.isArray(values))
    throw fileProblemsError([
      {
        file,
        field: "dataValues",
        code: "dhis2.invalid_json",
        message: 'Thiếu danh sách "dataValues".',
      },
    ]);
  return values.map((raw, i) => {
    const d = raw as Record<string, unknown>;
    const text = (v: unknown) => (v === undefined || v === null ? "" : String(v));
    return {
      at: { file, field: `dataValues[${i}]` },
      dataElement: text(d.dataElement),
      period: text(d.period ?? set.period),
      orgUnit: text(d.orgUnit ?? set.orgUnit),
      combo: text(d.categoryOptionCombo),
      value: text(d.value),
      ...(d.comment ? { comment: text(d.comment) } : {}),
      ...(d.deleted === true ? { deleted: true } : {}),
    };
  });
}

function fromCsv(content: Uint8Array, file: string): RawValue[] {
  const [header, ...rows] = readCsv(content, file).records;
  const names = header?.cells.map((c) => c.toLowerCase()) ?? [];
  // The first row is a header when it names the columns; DHIS2 also reads files without one.
  const hasHeader = names.includes("dataelement");
  const column = (name: string, fallback: number) => (hasHeader ? names.indexOf(name) : fallback);
  const at = {
    dataElement: column("dataelement", 0),
    period: column("period", 1),
    orgUnit: column("orgunit", 2),
    combo: Math.max(column("catoptcombo", 3), names.indexOf("categoryoptioncombo")),
    value: column("value", 5),
    comment: column("comment", 8),
    deleted: column("deleted", 10),
  };
  return (hasHeader ? rows : header ? [header, ...rows] : []).map((r) => {
    const cell = (i: number) => (i >= 0 ? (r.cells[i] ?? "") : "");
    return {
      at: { file, line: r.line },
      dataElement: cell(at.dataElement),
      period: cell(at.period),
      orgUnit: cell(at.orgUnit),
      combo: cell(at.combo),
      value: cell(at.value),
      ...(cell(at.comment) ? { comment: cell(at.comment) } : {}),
      ...(cell(at.deleted) === "true" ? { deleted: true } : {}),
    };
  });
}

function fromAdx(text: string, file: string): RawValue[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    removeNSPrefix: true,
    isArray: (name) => name === "group" || name === "dataValue",
  });
  let doc: { adx?: { group?: Record<string, unknown>[] } };
  try {
    doc = parser.parse(text, true) as typeof doc;
  } catch (error) {
    throw fileProblemsError([
      {
        file,
        code: "dhis2.invalid_adx",
        message: `Tệp ADX (XML) không hợp lệ: ${(error as Error).message}`,
      },
    ]);
  }
  if (!doc.adx)
    throw fileProblemsError([
      {
        file,
        code: "dhis2.invalid_adx",
        message: "Thiếu phần tử gốc <adx> (urn:ihe:qrph:adx:2015).",
      },
    ]);
  const known = new Set(["dataElement", "value", "annotation", "#text"]);
  return (doc.adx.group ?? []).flatMap((group, g) =>
    ((group.dataValue ?? []) as Record<string, unknown>[]).map((d, i) => {
      const categories = Object.fromEntries(
        Object.entries(d)
          .filter(([k]) => !known.has(k))
          .map(([k, v]) => [k, String(v)]),
      );
      return {
        at: { file, field: `group[${g + 1}]/dataValue[${i + 1}]` },
        dataElement: String(d.dataElement ?? ""),
        period: String(group.period ?? ""),
        orgUnit: String(group.orgUnit ?? ""),
        categories,
        value: String(d.value ?? ""),
        ...(d.annotation ? { comment: String(d.annotation) } : {}),
      };
    }),
  );
}
