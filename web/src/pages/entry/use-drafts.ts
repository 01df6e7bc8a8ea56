import { useCallback, useState } from "react";
import { cellKey, type Draft } from "./drafts.ts";

/** The user's unsaved edits of the entry form, by cell. */
export function useDrafts() {
  const [drafts, setDrafts] = useState<ReadonlyMap<string, Draft>>(new Map());

  /** Records an edit of a cell; the first edit remembers the version it started from. */
  const edit = useCallback(
    (indicator: string, disaggregation: string, patch: Draft, version: number) => {
      setDrafts((current) => {
        const key = cellKey(indicator, disaggregation);
        const next = new Map(current);
        const before = current.get(key);
        next.set(key, { baseVersion: before?.baseVersion ?? version, ...before, ...patch });
        return next;
      });
    },
    [],
  );

  /** Drops the draft of one cell (after taking the newer stored value). */
  const discard = useCallback((indicator: string, disaggregation: string) => {
    setDrafts((current) => {
      const next = new Map(current);
      next.delete(cellKey(indicator, disaggregation));
      return next;
    });
  }, []);

  const clear = useCallback(() => setDrafts(new Map()), []);

  return { drafts, edit, discard, clear };
}
