import { Input, InputNumber, Tooltip } from "antd";
import type { KeyboardEvent } from "react";
import { fmtExact, parseLocaleNumber } from "../../format/numbers.ts";
import { numberLocale } from "../../format/use-format.ts";
import { useI18n } from "../../i18n/index.ts";
import { focusNextValue, NAV_ATTR } from "./keyboard.ts";

interface Props {
  readonly testId: string;
  /** What the input is, for screen readers: "Sản lượng lúa — Hè Thu". */
  readonly label: string;
  readonly textual: boolean;
  readonly value: number | null;
  readonly textValue: string | null;
  readonly decimals: number;
  /** Whole numbers only (counts): a fraction is flagged before the server refuses it. */
  readonly integer: boolean;
  readonly disabled: boolean;
  readonly changed: boolean;
  readonly onValue: (value: number | null) => void;
  readonly onText: (text: string) => void;
}

function onKey(event: KeyboardEvent<HTMLInputElement>) {
  const moveBack = event.key === "Tab" && event.shiftKey;
  if (event.key === "Enter" || event.key === "Tab") {
    if (focusNextValue(event.currentTarget, moveBack)) event.preventDefault();
  }
}

/** The value of one cell: a number with the UI's decimal mark, or a text for text indicators. */
export function ValueInput(props: Props) {
  const { lang, t } = useI18n();
  const locale = numberLocale(lang);
  const fraction = props.integer && props.value !== null && !Number.isInteger(props.value);
  const style = {
    width: "100%",
    background: props.changed ? "#fff7e6" : undefined,
    borderColor: props.changed && !fraction ? "#fa8c16" : undefined,
  };
  const nav = {
    [NAV_ATTR]: "1",
    "data-testid": `value-${props.testId}`,
    "aria-label": props.label,
  };
  if (props.textual)
    return (
      <Input
        {...nav}
        value={props.textValue ?? ""}
        disabled={props.disabled}
        style={style}
        onChange={(e) => props.onText(e.target.value)}
        onKeyDown={onKey}
      />
    );
  return (
    <Tooltip
      title={fraction ? t("entry.integerOnly") : undefined}
      open={fraction ? undefined : false}
    >
      <InputNumber<number>
        status={fraction ? "error" : undefined}
        {...nav}
        value={props.value}
        formatter={(value, info) => (info.userTyping ? info.input : fmtExact(value, locale))}
        // An emptied box must parse to "" (rc-input-number's "empty", giving onChange(null)); the
        // typing says number, hence the cast.
        parser={(text) =>
          text?.trim() ? parseLocaleNumber(text, locale) : ("" as unknown as number)
        }
        step={props.decimals > 0 ? 10 ** -props.decimals : 1}
        controls={false}
        disabled={props.disabled}
        style={style}
        onChange={(v) => props.onValue(v === null || v === undefined ? null : Number(v))}
        onKeyDown={onKey}
      />
    </Tooltip>
  );
}
