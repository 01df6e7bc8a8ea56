/**
 * The first screen's API answers, asked for by the page's first script while the app's code is
 * still on its way. On a slow line each round trip used to wait for the one before (code →
 * session check → the form → the catalogue); now they overlap the code's download. The API
 * client takes an answer from here once, for a GET of the same address, so errors, the sign-out
 * on a 401 and reading the body stay where they were. Answers not taken within KEEP_MS, or still
 * here when the session changes, are dropped: never served later in place of a fresh one.
 */
const KEEP_MS = 15_000;

const early = new Map<string, Promise<Response>>();

/** Asks for `urls` now (GET, with the session cookie), for the API client to take later. */
export function askEarly(urls: readonly string[]): void {
  for (const url of urls) {
    const answer = fetch(url, { credentials: "same-origin" });
    // A failure is reported by whoever takes the answer; one nobody takes is no error.
    answer.catch(() => undefined);
    early.set(url, answer);
  }
  setTimeout(dropEarly, KEEP_MS);
}

/** The early answer for a GET of `url`, at most once; undefined when there is none. */
export function takeEarly(url: string): Promise<Response> | undefined {
  const answer = early.get(url);
  early.delete(url);
  return answer;
}

/** Forgets every answer not taken yet (a sign-in or sign-out makes them another user's). */
export function dropEarly(): void {
  early.clear();
}
