import { type ApiCall, api, createClient } from "../server/contract/index.ts";

/**
 * A client of a baocao server signed in as one account: it keeps the session cookie the server
 * sets (Node's fetch keeps none) and sends the CSRF token with every change.
 */
export async function signedInClient(
  server: string,
  username: string,
  password: string,
): Promise<ApiCall> {
  const baseUrl = server.replace(/\/+$/, "");
  const cookies = new Map<string, string>();
  let csrf: string | undefined;
  const keepCookies: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      if (at > 0) cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    return response;
  };
  const call = createClient({
    baseUrl,
    fetch: keepCookies,
    csrfToken: () => csrf,
    headers: (): Record<string, string> =>
      cookies.size > 0
        ? { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; ") }
        : {},
  });
  csrf = (await call(api.auth.login, { body: { username, password } })).csrfToken;
  return call;
}
