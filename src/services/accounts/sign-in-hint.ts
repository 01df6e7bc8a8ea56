/**
 * What the login page may show about signing in: the demo's accounts and their shared password.
 * `baocao demo` makes one; a real server has none. The API contract's `SignInHint` is its wire form.
 */
export interface SignInHint {
  readonly usernames: readonly string[];
  readonly password: string;
  /** The month the demo's data is about (`YYYY-MM`): the screens open on it. */
  readonly period: string;
}
