import { Input } from "antd";
import { NAV_ATTR, onValueKey } from "./keyboard.ts";

interface Props {
  readonly testId: string;
  /** What the input is, for screen readers: "Sản lượng lúa — Hè Thu". */
  readonly label: string;
  readonly textual: boolean;
  /** What the box shows: the typed text, or the stored value written the Vietnamese way. */
  readonly text: string;
  readonly disabled: boolean;
  readonly changed: boolean;
  /** The id of the message saying why the typed value cannot be saved, when it cannot. */
  readonly errorId: string | undefined;
  readonly onText: (text: string) => void;
  /** Leaving the box: a number is rewritten the Vietnamese way ("1234,5" → "1.234,5"). */
  readonly onLeave?: () => void;
}

/** The value of one cell: large, with the phone's number keyboard for figures. */
export function ValueInput(props: Props) {
  return (
    <Input
      {...{ [NAV_ATTR]: "1" }}
      data-testid={`value-${props.testId}`}
      aria-label={props.label}
      aria-invalid={props.errorId ? true : undefined}
      aria-describedby={props.errorId}
      inputMode={props.textual ? "text" : "decimal"}
      autoComplete="off"
      size="large"
      value={props.text}
      disabled={props.disabled}
      status={props.errorId ? "error" : undefined}
      className={props.changed ? "entry-value--changed" : undefined}
      style={{ textAlign: props.textual ? "left" : "right" }}
      onChange={(e) => props.onText(e.target.value)}
      onBlur={props.onLeave}
      onKeyDown={onValueKey}
    />
  );
}
