import { useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from "react";
import { call, setCsrfToken, setUnauthorizedHandler } from "../api/client.ts";
import { ApiError, api, type SessionUser } from "../api/contract.ts";
import { dropEarly } from "../early/early-requests.ts";
import { lastUser } from "./last-user.ts";

type SessionStatus = "loading" | "anonymous" | "signed-in";

interface SessionState {
  readonly status: SessionStatus;
  readonly user: SessionUser | undefined;
  /** The month the screens open on when the link names none (the server's word; see Session). */
  readonly openPeriod: string | undefined;
  readonly login: (username: string, password: string) => Promise<void>;
  readonly logout: () => Promise<void>;
  /** Replaces the password (a one-time one, or any); the server opens a fresh session. */
  readonly changePassword: (currentPassword: string, newPassword: string) => Promise<void>;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

/** Asks `/api/auth/me` once on start; keeps the user and the CSRF token (in memory). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<SessionStatus>("loading");
  const [user, setUser] = useState<SessionUser | undefined>(undefined);
  const [openPeriod, setOpenPeriod] = useState<string | undefined>(undefined);

  const signOutLocally = useCallback(() => {
    dropEarly();
    lastUser.forget();
    setCsrfToken(undefined);
    setUser(undefined);
    setStatus("anonymous");
    queryClient.clear();
  }, [queryClient]);

  useEffect(() => {
    setUnauthorizedHandler(signOutLocally);
    let cancelled = false;
    const ask = () =>
      call(api.auth.me)
        .then((session) => {
          if (cancelled) return;
          setCsrfToken(session.csrfToken);
          setUser(session.user);
          setOpenPeriod(session.openPeriod);
          lastUser.write(session.user);
          setStatus("signed-in");
        })
        .catch((error: unknown) => {
          if (cancelled) return;
          const offline = !(error instanceof ApiError);
          const known = lastUser.read();
          // Reopened without a connection: carry on as the last account (its forms and drafts
          // are on the device) and ask the server again when the connection returns.
          if (offline && known) {
            setUser(known);
            setStatus("signed-in");
            window.addEventListener("online", () => void ask(), { once: true });
            return;
          }
          if (!(error instanceof ApiError && error.status === 401)) console.error(error);
          signOutLocally();
        });
    void ask();
    return () => {
      cancelled = true;
      setUnauthorizedHandler(undefined);
    };
  }, [signOutLocally]);

  const login = useCallback(
    async (username: string, password: string) => {
      const session = await call(api.auth.login, { body: { username, password } });
      dropEarly();
      queryClient.clear();
      setCsrfToken(session.csrfToken);
      setUser(session.user);
      setOpenPeriod(session.openPeriod);
      lastUser.write(session.user);
      setStatus("signed-in");
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await call(api.auth.logout);
    } finally {
      signOutLocally();
    }
  }, [signOutLocally]);

  const changePassword = useCallback(async (currentPassword: string, newPassword: string) => {
    const session = await call(api.auth.changePassword, {
      body: { currentPassword, newPassword },
    });
    setCsrfToken(session.csrfToken);
    setUser(session.user);
    setOpenPeriod(session.openPeriod);
    lastUser.write(session.user);
  }, []);

  const value = useMemo(
    () => ({ status, user, openPeriod, login, logout, changePassword }),
    [status, user, openPeriod, login, logout, changePassword],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session: status, user, login, logout and the password change. */
export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error("useSession outside SessionProvider");
  return state;
}
