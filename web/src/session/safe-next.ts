/**
 * Where to go after signing in: a path of this app only. `//example.org` or `/\example.org`
 * would leave the site (or, in the router, show a blank page), so anything but a plain
 * `/path?query` goes to the dashboard.
 */
export function safeNext(next: string | null): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.includes("\\")) return "/";
  return next;
}
