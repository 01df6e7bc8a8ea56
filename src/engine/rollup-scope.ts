/**
 * The (indicator, month) pairs whose roll-ups a bulk load rebuilds: those of the values it
 * changes, and those of the indicators weighted by a value it changes (their weighted sums move
 * with the weight). A few thousand pairs for millions of values.
 */
export class RollupScope {
  private readonly seen = new Set<string>();
  readonly indicatorCode: string[] = [];
  readonly period: string[] = [];

  get size(): number {
    return this.indicatorCode.length;
  }

  add(indicatorCode: string, period: string): void {
    const k = `${indicatorCode}\u0000${period}`;
    if (this.seen.has(k)) return;
    this.seen.add(k);
    this.indicatorCode.push(indicatorCode);
    this.period.push(period);
  }
}
