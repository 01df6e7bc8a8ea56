import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, type ButtonProps, Grid, Segmented, Tabs } from "antd";
import { useState } from "react";
import type { IndicatorView } from "../../api/contract.ts";
import { useCatalogue } from "../../api/shared-queries.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { useI18n } from "../../i18n/index.ts";
import { useDefinitions } from "./catalogue-admin-api.ts";
import { CategorySetsTab } from "./category-sets-tab.tsx";
import { IndicatorDrawer } from "./indicator-drawer.tsx";
import { IndicatorsTab } from "./indicators-tab.tsx";
import { MeasureUnitsTab } from "./measure-units-tab.tsx";
import { RegimesTab } from "./regimes-tab.tsx";
import { RulesTab } from "./rules-tab.tsx";

/**
 * The catalogue: indicators, measure units, category sets, validation rules and reporting forms.
 * Everyone reads it; an administrator of the whole tree also adds and edits (each change
 * version-checked and audited on the server, a 409 said with "Tải lại").
 */
export function CataloguePage() {
  const { t } = useI18n();
  const catalogue = useCatalogue();
  const definitions = useDefinitions();
  const [editing, setEditing] = useState<{ indicator: IndicatorView | undefined }>();
  const [tab, setTab] = useState("indicators");
  // On a phone the five tabs do not fit: buttons that wrap instead of a tab strip that hides
  // some behind a "more" menu (as the report screen does).
  const narrow = !(Grid.useBreakpoint().md ?? true);
  const both = {
    data:
      catalogue.data && definitions.data
        ? { catalogue: catalogue.data, definitions: definitions.data }
        : undefined,
    error: catalogue.error ?? definitions.error,
    isLoading: catalogue.isLoading || definitions.isLoading,
    refetch: () => Promise.all([catalogue.refetch(), definitions.refetch()]),
  };
  const mayManage = definitions.data?.mayManage ?? false;
  return (
    <>
      <PageTitle
        title={t("catalogue.title")}
        extra={
          mayManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ indicator: undefined })}
              {...({ "data-testid": "indicator-add" } as ButtonProps)}
            >
              {t("catalogue.add")}
            </Button>
          )
        }
      />
      <QueryState query={both}>
        {({ catalogue: cat, definitions: defs }) => (
          <>
            {!defs.mayManage && (
              <Alert
                type="info"
                showIcon
                message={t("catalogue.readOnly")}
                style={{ marginBottom: 12 }}
              />
            )}
            {(() => {
              const items = [
                {
                  key: "indicators",
                  label: t("catalogue.tabIndicators"),
                  children: (
                    <IndicatorsTab
                      catalogue={cat}
                      mayManage={defs.mayManage}
                      onEdit={(indicator) => setEditing({ indicator })}
                    />
                  ),
                },
                {
                  key: "units",
                  label: t("catalogue.tabUnits"),
                  children: <MeasureUnitsTab definitions={defs} />,
                },
                {
                  key: "sets",
                  label: t("catalogue.tabSets"),
                  children: <CategorySetsTab definitions={defs} />,
                },
                {
                  key: "rules",
                  label: t("catalogue.tabRules"),
                  children: <RulesTab definitions={defs} />,
                },
                {
                  key: "forms",
                  label: t("catalogue.tabForms"),
                  children: <RegimesTab definitions={defs} catalogue={cat} />,
                },
              ];
              if (!narrow) return <Tabs activeKey={tab} onChange={setTab} items={items} />;
              return (
                <>
                  <Segmented
                    block
                    value={tab}
                    onChange={setTab}
                    aria-label={t("catalogue.title")}
                    options={items.map((item) => ({ value: item.key, label: item.label }))}
                    style={{ marginBottom: 12, flexWrap: "wrap" }}
                  />
                  {items.find((item) => item.key === tab)?.children}
                </>
              );
            })()}
            <IndicatorDrawer
              open={editing !== undefined}
              editing={editing?.indicator}
              catalogue={cat}
              definitions={defs}
              onClose={() => setEditing(undefined)}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
