import type { KeyboardEvent } from "react";

/** The attribute that marks value inputs for Enter navigation. */
export const NAV_ATTR = "data-entry-nav";

/** Moves the focus to the next (or previous) value input of the form, in page order. */
export function focusNextValue(from: HTMLElement, backwards = false): boolean {
  const inputs = Array.from(
    document.querySelectorAll<HTMLInputElement>(`input[${NAV_ATTR}]:not([disabled])`),
  );
  const index = inputs.indexOf(from as HTMLInputElement);
  const next = inputs[index + (backwards ? -1 : 1)];
  if (index < 0 || !next) return false;
  next.focus();
  next.select();
  return true;
}

/**
 * Enter (Shift+Enter back) jumps from value to value, as on a paper form; Tab keeps its usual
 * order through each value's status, note and history, so every control is reachable.
 */
export function onValueKey(event: KeyboardEvent<HTMLInputElement>): void {
  if (event.key === "Enter" && focusNextValue(event.currentTarget, event.shiftKey))
    event.preventDefault();
}
