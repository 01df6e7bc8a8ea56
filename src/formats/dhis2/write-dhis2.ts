import { XMLBuilder } from "fast-xml-parser";
import type { DataValueRecord } from "../../core/values/index.ts";
import { DEFAULT_COMBO, type Dhis2Mapping } from "./mapping.ts";
import { adxPeriod, dhis2Period } from "./periods.ts";

/** The DHIS2 exchange formats baocao writes. */
export type Dhis2Format = "json" | "csv" | "adx";

/** A written file, and how many stored values had no place in the mapping (left out). */
export interface Dhis2Written {
  readonly text: string;
  readonly written: number;
  readonly unmapped: number;
}

interface Mapped {
  readonly record: DataValueRecord;
  readonly element: { uid: string; code?: string };
  readonly orgUnit: { uid: string; code?: string };
  readonly combo: { uid: string; adx: Readonly<Record<string, string>> };
  readonly value: string;
}

/**
 * Writes stored values as a DHIS2 data value set (JSON or CSV, with uids) or ADX XML (with
 * codes, categories as attributes), through the mapping; values it does not map are counted.
 */
export function writeDhis2(
  records: readonly DataValueRecord[],
  mapping: Dhis2Mapping,
  format: Dhis2Format,
): Dhis2Written {
  const mapped: Mapped[] = [];
  for (const record of records) {
    const element = mapping.elementFor(record.indicatorCode);
    const orgUnit = mapping.orgUnitOf(record.unitCode);
    const combo = element?.combos.find((c) => c.disaggregation === record.disaggregation);
    const value = record.value ?? record.textValue;
    if (element && orgUnit && combo && value !== null)
      mapped.push({ record, element, orgUnit, combo, value: String(value) });
  }
  const text =
    format === "json"
      ? json(mapped, mapping)
      : format === "csv"
        ? csv(mapped, mapping)
        : adx(mapped, mapping);
  return { text, written: mapped.length, unmapped: records.length - mapped.length };
}

function json(mapped: readonly Mapped[], mapping: Dhis2Mapping): string {
  return `${JSON.stringify(
    {
      ...(mapping.dataSet ? { dataSet: mapping.dataSet } : {}),
      dataValues: mapped.map((m) => ({
        dataElement: m.element.uid,
        period: dhis2Period(m.record.period),
        orgUnit: m.orgUnit.uid,
        categoryOptionCombo: m.combo.uid,
        attributeOptionCombo: mapping.attributeOptionCombo ?? DEFAULT_COMBO,
        value: m.value,
        storedBy: m.record.updatedBy,
        lastUpdated: m.record.updatedAt,
        ...(m.record.note ? { comment: m.record.note } : {}),
      })),
    },
    null,
    2,
  )}\n`;
}

function csv(mapped: readonly Mapped[], mapping: Dhis2Mapping): string {
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const lines = [
    "dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated,comment,followup",
    ...mapped.map((m) =>
      [
        m.element.uid,
        dhis2Period(m.record.period),
        m.orgUnit.uid,
        m.combo.uid,
        mapping.attributeOptionCombo ?? DEFAULT_COMBO,
        m.value,
        m.record.updatedBy,
        m.record.updatedAt,
        m.record.note,
        "false",
      ]
        .map(quote)
        .join(","),
    ),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

function adx(mapped: readonly Mapped[], mapping: Dhis2Mapping): string {
  const groups = new Map<string, Mapped[]>();
  for (const m of mapped) {
    const k = `${m.orgUnit.code ?? m.orgUnit.uid}|${m.record.period}`;
    groups.set(k, [...(groups.get(k) ?? []), m]);
  }
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    format: true,
    suppressEmptyNode: true,
  });
  const body = builder.build({
    adx: {
      "@xmlns": "urn:ihe:qrph:adx:2015",
      group: [...groups.values()].map((list) => {
        const first = list[0] as Mapped;
        return {
          "@orgUnit": first.orgUnit.code ?? first.orgUnit.uid,
          "@period": adxPeriod(first.record.period),
          ...(mapping.dataSet ? { "@dataSet": mapping.dataSet } : {}),
          dataValue: list.map((m) => ({
            "@dataElement": m.element.code ?? m.element.uid,
            ...Object.fromEntries(Object.entries(m.combo.adx).map(([k, v]) => [`@${k}`, v])),
            "@value": m.value,
          })),
        };
      }),
    },
  }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}
