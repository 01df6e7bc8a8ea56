import { useQuery } from "@tanstack/react-query";
import { Descriptions, List, Tag } from "antd";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { QueryState } from "../../components/query-state.tsx";
import { fmtDate } from "../../format/dates.ts";
import { codeName, useI18n } from "../../i18n/index.ts";

/** One unit's history: its names, parents, predecessors and successors over time. */
export function UnitHistory({ code }: { code: string }) {
  const { t, lang } = useI18n();
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
              {h.predecessors.join(", ") || "—"}
            </Descriptions.Item>
            <Descriptions.Item label={t("units.successors")}>
              {h.successors.join(", ") || "—"}
            </Descriptions.Item>
          </Descriptions>
          <List
            size="small"
            header={<strong>{t("units.names")}</strong>}
            dataSource={h.names}
            renderItem={(n) => (
              <List.Item>
                {t("units.from", { date: fmtDate(n.from) })}: {n.nameVi}
              </List.Item>
            )}
          />
          <List
            size="small"
            header={<strong>{t("units.parents")}</strong>}
            dataSource={h.parents}
            renderItem={(p) => (
              <List.Item>
                {t("units.from", { date: fmtDate(p.from) })}: {p.parent ?? "—"}
              </List.Item>
            )}
          />
        </div>
      )}
    </QueryState>
  );
}
