import {
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Row,
  Space,
  Tag,
  Tree,
  type TreeDataNode,
} from "antd";
import dayjs from "dayjs";
import { useMemo, useState } from "react";
import { useUnits } from "../../api/shared-queries.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { endOfMonth } from "../../format/dates.ts";
import { codeName, type Language, type MessageKey, nameIn, useI18n } from "../../i18n/index.ts";
import { buildUnitTree, type UnitNode } from "../../layout/unit-tree.ts";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";
import { hasRole } from "../../session/roles.ts";
import { useSession } from "../../session/session.tsx";
import { UnitActDialog } from "./unit-act-dialog.tsx";
import { ACTS, type ActName } from "./unit-acts.ts";
import { UnitHistory } from "./unit-history.tsx";

function withKinds(nodes: UnitNode[], lang: Language): TreeDataNode[] {
  return nodes.map((node) => ({
    key: node.key,
    title: (
      <span data-testid={`unit-${node.key}`}>
        {node.title} <Tag style={{ fontSize: 11 }}>{codeName(node.unit.kind, lang)}</Tag>
        <span className="muted">{node.key}</span>
      </span>
    ),
    children: withKinds(node.children, lang),
  }));
}

/**
 * The unit tree as of a date, and the history of the unit picked. Administrators also get the
 * acts on the unit picked (add a unit under it, rename, move, merge, split, dissolve), each in a
 * dialog with its preview, and the unit's change log; the server decides over which units.
 */
export function UnitsPage() {
  const { t, lang } = useI18n();
  const { period } = useUnitPeriod();
  const [asOf, setAsOf] = useState(endOfMonth(period));
  const [picked, setPicked] = useState<string>();
  const [acting, setActing] = useState<ActName>();
  const isAdmin = hasRole(useSession().user, "admin");
  const query = useUnits(asOf);
  const units = query.data?.units ?? [];
  const pickedUnit = units.find((u) => u.code === picked);
  const tree = useMemo(
    () => withKinds(buildUnitTree(query.data?.units ?? [], lang), lang),
    [query.data, lang],
  );
  return (
    <>
      <PageTitle
        title={t("units.title")}
        extra={
          <>
            {t("units.asOf")}
            <DatePicker
              data-testid="units-as-of"
              format="DD/MM/YYYY"
              allowClear={false}
              value={dayjs(asOf)}
              onChange={(d) => d && setAsOf(d.format("YYYY-MM-DD"))}
            />
          </>
        }
      />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small">
            <QueryState query={query}>
              {() => (
                <Tree
                  key={asOf}
                  treeData={tree}
                  defaultExpandAll
                  onSelect={(keys) =>
                    setPicked(keys[0] === undefined ? undefined : String(keys[0]))
                  }
                />
              )}
            </QueryState>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          {isAdmin && pickedUnit && (
            <Card
              size="small"
              title={t("unitAdmin.actionsFor", { unit: nameIn(lang, pickedUnit) })}
              style={{ marginBottom: 16 }}
              data-testid="unit-actions"
            >
              <Space wrap>
                {ACTS.map((act) => (
                  <Button key={act} data-testid={`unit-act-${act}`} onClick={() => setActing(act)}>
                    {t(`unitAdmin.act.${act}` as MessageKey)}
                  </Button>
                ))}
              </Space>
            </Card>
          )}
          <Card size="small" title={t("units.history")} style={{ position: "sticky", top: 72 }}>
            {picked ? (
              <UnitHistory code={picked} audit={isAdmin} />
            ) : (
              <Empty description={t("units.pick")} />
            )}
          </Card>
        </Col>
      </Row>
      {acting && pickedUnit && (
        <UnitActDialog
          act={acting}
          picked={pickedUnit}
          units={units}
          onClose={() => setActing(undefined)}
        />
      )}
    </>
  );
}
