import { useEffect, useState } from "react";

/**
 * Whether a screen's own content has been drawn since the app started. What the first screen does
 * not need (the header's pickers) waits for it, so that on a slow line and a slow phone their code
 * and styles do not delay the first value box. QueryState marks it when its query has settled.
 */
let drawn = false;
const waiting = new Set<() => void>();

/** Says the screen's content (or its error) is on screen; later calls do nothing. */
export function markScreenDrawn(): void {
  if (drawn) return;
  drawn = true;
  for (const wake of waiting) wake();
  waiting.clear();
}

/** True once a screen has been drawn, or after `fallbackMs` (a screen without a QueryState). */
export function useScreenDrawn(fallbackMs = 3_000): boolean {
  const [now, setNow] = useState(drawn);
  useEffect(() => {
    if (now) return;
    const wake = () => setNow(true);
    waiting.add(wake);
    const timer = setTimeout(wake, fallbackMs);
    return () => {
      waiting.delete(wake);
      clearTimeout(timer);
    };
  }, [now, fallbackMs]);
  return now;
}
