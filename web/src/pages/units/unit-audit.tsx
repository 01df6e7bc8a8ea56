import { useQuery } from "@tanstack/react-query";
import { call } from "../../api/client.ts";
import { ApiError, api, type UnitAuditEntry } from "../../api/contract.ts";
import { QueryState } from "../../components/query-state.tsx";
import { SimpleList } from "../../components/simple-list.tsx";
import { fmtDate, fmtDateTime } from "../../format/dates.ts";
import { type MessageKey, useI18n } from "../../i18n/index.ts";

interface StoredEvent {
  readonly id: string;
  readonly date: string;
  readonly basis?: string;
}
interface StoredDefinition {
  readonly unit?: { readonly validFrom?: string };
  readonly events?: readonly StoredEvent[];
}

/** The event an entry added (its date and basis), or the new unit's first day. */
function whatChanged(entry: UnitAuditEntry): { date?: string; basis?: string } {
  const before = (entry.before ?? {}) as StoredDefinition;
  const after = (entry.after ?? {}) as StoredDefinition;
  const old = new Set((before.events ?? []).map((e) => e.id));
  const added = (after.events ?? []).find((e) => !old.has(e.id));
  if (added) return { date: added.date, ...(added.basis ? { basis: added.basis } : {}) };
  return after.unit?.validFrom ? { date: after.unit.validFrom } : {};
}

/** A unit's changes made from the administration screen (definition audit), newest first. */
export function UnitAudit({ code }: { code: string }) {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: ["unit-audit", code],
    queryFn: () => call(api.unitsAdmin.audit, { params: { code } }),
    retry: false,
  });
  // An administrator of another subtree reads the unit's history but not its change log.
  if (query.error instanceof ApiError && query.error.status === 403) return null;
  return (
    <QueryState query={query}>
      {({ entries }) => (
        <SimpleList
          data-testid="unit-audit"
          header={<strong>{t("unitAdmin.audit")}</strong>}
          items={entries.length > 0 ? entries : [undefined]}
          keyOf={(e, i) => (e ? `${e.at}-${i}` : "none")}
          render={(e) => {
            if (!e) return <span className="muted">{t("unitAdmin.auditEmpty")}</span>;
            const { date, basis } = whatChanged(e);
            return (
              <div>
                <div>
                  <strong>{t(`unitAdmin.auditAction.${e.action}` as MessageKey)}</strong>
                  {date ? ` — ${t("unitAdmin.auditEffective", { date: fmtDate(date) })}` : ""}
                </div>
                {basis && <div>{basis}</div>}
                {e.comment && <div>{e.comment}</div>}
                <div className="muted">
                  {fmtDateTime(e.at)} · {e.by}
                </div>
              </div>
            );
          }}
        />
      )}
    </QueryState>
  );
}
