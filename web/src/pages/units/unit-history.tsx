import { useQuery } from "@tanstack/react-query";
import { Descriptions, Tag } from "antd";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { useUnitName } from "../../api/use-unit-name.ts";
import { QueryState } from "../../components/query-state.tsx";
import { SimpleList } from "../../components/simple-list.tsx";
import { fmtDate } from "../../format/dates.ts";
import { codeName, useI18n } from "../../i18n/index.ts";
import { UnitAudit } from "./unit-audit.tsx";

/** One unit's history: names, parents, predecessors and successors; for admins, its change log. */
export function UnitHistory({ code, audit = false }: { code: string; audit?: boolean }) {
  const { t, lang } = useI18n();
  const unitName = useUnitName();
  const query = useQuery({
    queryKey: ["unit-history", code],
    queryFn: () => call(api.catalogue.unitHistory, { params: { code } }),
  });
  return (
    <QueryState query={query}>
      {(h) => (
        <div data-testid="unit-history">
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t("units.code")}>{h.unit.code}</Descriptions.Item>
            <Descriptions.Item label={t("units.name")}>{h.unit.nameVi}</Descriptions.Item>
            <Descriptions.Item label={t("units.kind")}>
              <Tag>{codeName(h.unit.kind, lang)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t("units.validFrom")}>
              {fmtDate(h.unit.validFrom)} → {fmtDate(h.unit.validTo)}
            </Descriptions.Item>
            <Descriptions.Item label={t("units.predecessors")}>
              {h.predecessors.map(unitName).join(", ") || "—"}
            </Descriptions.Item>
            <Descriptions.Item label={t("units.successors")}>
              {h.successors.map(unitName).join(", ") || "—"}
            </Descriptions.Item>
          </Descriptions>
          <SimpleList
            header={<strong>{t("units.names")}</strong>}
            items={h.names}
            keyOf={(n) => n.from}
            render={(n) => `${t("units.from", { date: fmtDate(n.from) })}: ${n.nameVi}`}
          />
          <SimpleList
            header={<strong>{t("units.parents")}</strong>}
            items={h.parents}
            keyOf={(p) => p.from}
            render={(p) =>
              `${t("units.from", { date: fmtDate(p.from) })}: ${p.parent ? unitName(p.parent) : "—"}`
            }
          />
          {audit && <UnitAudit code={code} />}
        </div>
      )}
    </QueryState>
  );
}
