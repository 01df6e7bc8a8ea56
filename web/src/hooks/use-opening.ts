import { useState } from "react";

/**
 * Counts the openings of a drawer or dialog, to key its form by: each opening then gets a new
 * form (its own store), so nothing typed in an earlier opening comes back and no reset runs after
 * it shows, which could wipe a value chosen in that instant. Counted while rendering (React's
 * pattern for state that follows a prop), not in an effect, so the new form exists before the
 * drawer or dialog first paints.
 */
export function useOpening(open: boolean): number {
  const [opening, setOpening] = useState(0);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setOpening((n) => n + 1);
  }
  return opening;
}
