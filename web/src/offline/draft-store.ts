import { createStore, del, get, set, type UseStore } from "idb-keyval";

/** What is kept on the device for one form: the typed cells and whether Save was pressed. */
export interface StoredDrafts<D> {
  readonly cells: readonly (readonly [string, D])[];
  /** Save was asked for without a connection: send once it returns. */
  readonly queued: boolean;
  /** When the drafts were last written (ISO), for "typed on …". */
  readonly at: string;
}

let store: UseStore | undefined;
/** One IndexedDB database for the app's drafts, opened on first use. */
const drafts = () => {
  store ??= createStore("baocao", "drafts");
  return store;
};

/** The key of a form's drafts: one per user, unit and month (`entry|phuong1|PHUONG_1|2023-08`). */
export function draftKey(form: string, user: string, unit: string, period: string): string {
  return [form, user, unit, period].join("|");
}

/**
 * Drafts typed on this device that are not yet saved, kept in IndexedDB so that an expired
 * session, a crash, a reload or a lost connection loses no figure. A browser without IndexedDB
 * (some private modes) keeps them for the page's life only: reads give nothing, writes do nothing.
 */
export const draftStore = {
  async read<D>(key: string): Promise<StoredDrafts<D> | undefined> {
    try {
      return await get<StoredDrafts<D>>(key, drafts());
    } catch {
      return undefined;
    }
  },
  async write<D>(key: string, value: StoredDrafts<D>): Promise<void> {
    try {
      if (value.cells.length === 0 && !value.queued) await del(key, drafts());
      else await set(key, value, drafts());
    } catch {
      // No IndexedDB: the drafts live in memory only.
    }
  },
};
