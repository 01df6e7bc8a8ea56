import { Form, Select } from "antd";
import { useUnits } from "../../api/shared-queries.ts";
import { endOfMonth } from "../../format/dates.ts";
import { type MessageKey, useI18n } from "../../i18n/index.ts";
import { nameIn } from "../../i18n/name-in.ts";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";

const ROLES = ["admin", "office", "reporter", "approver", "viewer"] as const;
/** A role that can be granted. */
export type RoleName = (typeof ROLES)[number];

/** The role and unit fields of a grant (a role over a unit and everything under it). */
export function GrantFields({ required }: { required: boolean }) {
  const { t, lang } = useI18n();
  // The units of the month being worked on (a grant on a unit later merged away still reads its
  // history, so older units are grantable too when that month is picked).
  const { period } = useUnitPeriod();
  const units = useUnits(endOfMonth(period));
  return (
    <>
      <Form.Item
        name="role"
        label={t("users.role")}
        rules={required ? [{ required: true, message: t("users.role") }] : []}
      >
        <Select
          data-testid="grant-role"
          allowClear={!required}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}` as MessageKey) }))}
        />
      </Form.Item>
      <Form.Item
        name="unit"
        label={t("users.unit")}
        rules={required ? [{ required: true, message: t("users.unit") }] : []}
      >
        <Select
          data-testid="grant-unit"
          showSearch
          allowClear={!required}
          optionFilterProp="label"
          loading={units.isLoading}
          options={(units.data?.units ?? []).map((u) => ({
            value: u.code,
            label: `${nameIn(lang, u)} (${u.code})`,
          }))}
        />
      </Form.Item>
    </>
  );
}
