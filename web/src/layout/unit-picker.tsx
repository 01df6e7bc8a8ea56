import { TreeSelect } from "antd";
import { useMemo } from "react";
import { useUnits } from "../api/shared-queries.ts";
import { endOfMonth } from "../format/dates.ts";
import { useI18n } from "../i18n/index.ts";
import { buildUnitTree } from "./unit-tree.ts";
import { useUnitPeriod } from "./use-unit-period.ts";

/** Picks the reporting unit among the units that exist at the end of the chosen month. */
export function UnitPicker() {
  const { t, lang } = useI18n();
  const { unit, period, setUnit } = useUnitPeriod();
  const units = useUnits(endOfMonth(period));
  const tree = useMemo(() => buildUnitTree(units.data?.units ?? [], lang), [units.data, lang]);
  return (
    <TreeSelect
      data-testid="unit-picker"
      aria-label={t("header.unit")}
      style={{ width: 280 }}
      value={unit}
      loading={units.isLoading}
      treeData={tree}
      treeDefaultExpandAll
      showSearch
      treeNodeFilterProp="title"
      popupMatchSelectWidth={360}
      onChange={(value: string) => setUnit(value)}
    />
  );
}
