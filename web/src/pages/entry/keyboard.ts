/** The attribute that marks value inputs for Enter / Tab navigation. */
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
