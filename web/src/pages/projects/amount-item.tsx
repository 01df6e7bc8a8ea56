import { Form, InputNumber } from "antd";
import { useI18n } from "../../i18n/index.ts";

/** The required amount of a capital plan line or a disbursement (triệu đồng, decimal comma). */
export function AmountItem() {
  const { t } = useI18n();
  return (
    <Form.Item
      name="amount"
      label={t("projects.amount")}
      rules={[{ required: true, message: t("projects.amountRequired") }]}
    >
      <InputNumber data-testid="row-form-amount" style={{ width: "100%" }} decimalSeparator="," />
    </Form.Item>
  );
}
