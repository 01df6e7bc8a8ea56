/**
 * A unit of measure (đơn vị tính). Units of the same dimension convert through `factor`, the
 * number of base units in one of this unit (1 tỷ đồng = 1e9 đồng). Every count unit (người, hộ,
 * hồ sơ…) is its own dimension, so that 5 hộ never silently becomes 5 người.
 */
export interface MeasureUnit {
  /** Stable ASCII code, e.g. `trieu_dong`. */
  readonly code: string;
  /** How the unit is written in a Vietnamese report, e.g. `triệu đồng`. */
  readonly symbol: string;
  readonly nameEn: string;
  /** Units convert only within a dimension, e.g. `money`, `mass`, `count.ho_so`. */
  readonly dimension: string;
  /** Base units per one of this unit; the base unit of a dimension has factor 1. */
  readonly factor: number;
}
