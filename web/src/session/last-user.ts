import type { SessionUser } from "../api/contract.ts";

const KEY = "baocao.lastUser";

/**
 * The account last signed in on this device, kept so that the app reopened without a connection
 * shows the clerk's forms and drafts (cached by the service worker and IndexedDB) instead of a
 * sign-in page it could not submit. It holds no secret: the session itself is the HTTP-only
 * cookie, checked again as soon as the connection returns.
 */
export const lastUser = {
  read(): SessionUser | undefined {
    try {
      const text = localStorage.getItem(KEY);
      return text ? (JSON.parse(text) as SessionUser) : undefined;
    } catch {
      return undefined;
    }
  },
  write(user: SessionUser): void {
    try {
      localStorage.setItem(KEY, JSON.stringify(user));
    } catch {
      // No storage (private mode): the offline start falls back to the sign-in page.
    }
  },
  forget(): void {
    try {
      localStorage.removeItem(KEY);
    } catch {
      // nothing kept
    }
  },
};
