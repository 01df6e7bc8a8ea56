import { useCallback, useEffect, useState } from "react";
import { draftStore } from "../../offline/draft-store.ts";
import { cellKey, type Draft } from "./drafts.ts";

type Drafts = ReadonlyMap<string, Draft>;

interface State {
  readonly drafts: Drafts;
  readonly queued: boolean;
  /** False until the drafts kept on the device have been read. */
  readonly loaded: boolean;
  /** How many cells were found on the device when the form opened. */
  readonly restored: number;
}

/**
 * The user's unsaved edits of one entry form, by cell, mirrored into IndexedDB under `key` (user ×
 * unit × month) at every keystroke: an expired session, a crash, a reload or a closed tab give
 * them back, each with the version it was typed over.
 */
export function useDrafts(key: string) {
  const [state, setState] = useState<State>({
    drafts: new Map(),
    queued: false,
    loaded: false,
    restored: 0,
  });

  useEffect(() => {
    let live = true;
    void draftStore.read<Draft>(key).then((stored) => {
      if (!live) return;
      const cells = stored?.cells ?? [];
      setState({
        drafts: new Map(cells),
        queued: stored?.queued ?? false,
        loaded: true,
        restored: cells.length,
      });
    });
    return () => {
      live = false;
    };
  }, [key]);

  useEffect(() => {
    if (!state.loaded) return;
    void draftStore.write(key, {
      cells: [...state.drafts],
      queued: state.queued,
      at: new Date().toISOString(),
    });
  }, [key, state]);

  const update = useCallback(
    (change: (drafts: Map<string, Draft>) => void, queued?: boolean) =>
      setState((current) => {
        const drafts = new Map(current.drafts);
        change(drafts);
        return { ...current, drafts, queued: queued ?? current.queued };
      }),
    [],
  );

  /** Records an edit of a cell; the first edit remembers the version it started from. */
  const edit = useCallback(
    (indicator: string, disaggregation: string, patch: Draft, version: number) =>
      update((drafts) => {
        const id = cellKey(indicator, disaggregation);
        const before = drafts.get(id);
        drafts.set(id, { baseVersion: before?.baseVersion ?? version, ...before, ...patch });
      }),
    [update],
  );

  /** Drops the draft of one cell (after taking the newer stored value). */
  const discard = useCallback(
    (indicator: string, disaggregation: string) =>
      update((drafts) => drafts.delete(cellKey(indicator, disaggregation))),
    [update],
  );

  /** Drops every draft (after reloading the whole form). */
  const clear = useCallback(() => update((drafts) => drafts.clear(), false), [update]);

  /**
   * Drops the drafts that were sent and saved: only those still as they were sent, so a figure
   * typed while the save was on its way stays.
   */
  const settle = useCallback(
    (sent: Drafts) =>
      update((drafts) => {
        for (const [id, draft] of sent) if (drafts.get(id) === draft) drafts.delete(id);
      }, false),
    [update],
  );

  /** Marks the form as waiting for a connection to send its drafts (or not any more). */
  const setQueued = useCallback((queued: boolean) => update(() => {}, queued), [update]);

  return { ...state, edit, discard, clear, settle, setQueued };
}
