import { TreeSelect } from "antd";
import { useMemo } from "react";
import { useUnits } from "../api/shared-queries.ts";
import { endOfMonth } from "../format/dates.ts";
import { useI18n } from "../i18n/index.ts";
import { useSession } from "../session/session.tsx";
import { buildUnitTree, subtreesOf } from "./unit-tree.ts";
import { useUnitPeriod } from "./use-unit-period.ts";

/** Picks the reporting unit among the units that exist at the end of the chosen month. */
export function UnitPicker() {
  const { t, lang } = useI18n();
  const { unit, period, setUnit } = useUnitPeriod();
  const units = useUnits(endOfMonth(period));
  const { user } = useSession();
  // Only the units the user may look at: the subtrees of their grants.
  const grantUnits = useMemo(() => user?.grants.map((g) => g.unit) ?? [], [user]);
  const tree = useMemo(
    () => subtreesOf(buildUnitTree(units.data?.units ?? [], lang), grantUnits),
    [units.data, lang, grantUnits],
  );
  return (
    <TreeSelect
      data-testid="unit-picker"
      aria-label={t("header.unit")}
      className="app-header__unit"
      value={unit}
      loading={units.isLoading}
      treeData={tree}
      treeDefaultExpandAll
      showSearch
      treeNodeFilterProp="title"
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: "calc(100vw - 16px)" } } }}
      onChange={(value: string) => setUnit(value)}
    />
  );
}
