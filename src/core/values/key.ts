/** Which value: indicator, reporting unit, month id and disaggregation key ("" = total). */
export interface DataValueKey {
  readonly indicatorCode: string;
  readonly unitCode: string;
  readonly period: string;
  readonly disaggregation: string;
}

/** A key as one string, for maps (the parts joined by NUL, which no code contains). */
export function keyString(key: DataValueKey): string {
  return `${key.indicatorCode}\u0000${key.unitCode}\u0000${key.period}\u0000${key.disaggregation}`;
}
