import { useQuery } from "@tanstack/react-query";
import { Form, Input } from "antd";
import { useDebounced } from "../../hooks/use-debounced.ts";
import { useI18n } from "../../i18n/index.ts";
import { checkFormula } from "./catalogue-admin-api.ts";

/**
 * A formula typed into a form, checked on the server as the user types (debounced): the error
 * with its line and column under the field, or the indicators it reads. The server uses the
 * import's own parser and checker, so the editor never disagrees with what saving will say.
 */
export function FormulaField({
  name,
  label,
  indicator,
  testId,
  help,
  required = false,
}: {
  name: string;
  label: string;
  /** The derived indicator the formula defines (also checked for cycles). */
  indicator?: string;
  testId: string;
  help?: string;
  required?: boolean;
}) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const value: string = Form.useWatch(name, form) ?? "";
  const settled = useDebounced(value.trim(), 400);
  const check = useQuery({
    queryKey: ["formula-check", settled, indicator ?? ""],
    queryFn: () => checkFormula(settled, indicator),
    enabled: settled !== "",
    staleTime: 60_000,
  });
  const checking = value.trim() !== settled || check.isFetching;
  const result = settled === "" ? undefined : check.data;
  const status = checking || !result ? undefined : result.ok ? "success" : "error";
  const text =
    value.trim() === ""
      ? help
      : checking
        ? t("catalogue.formulaChecking")
        : result?.ok
          ? t("catalogue.formulaOk", { list: result.dependencies.join(", ") || "—" })
          : result?.message;
  return (
    <Form.Item
      name={name}
      label={label}
      required={required}
      validateStatus={status}
      help={
        text ? (
          <span data-testid={`${testId}-status`} data-status={status ?? "pending"}>
            {text}
          </span>
        ) : undefined
      }
    >
      <Input.TextArea
        data-testid={testId}
        autoSize={{ minRows: 1, maxRows: 6 }}
        spellCheck={false}
        style={{ fontFamily: "monospace" }}
      />
    </Form.Item>
  );
}
