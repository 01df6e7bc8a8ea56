import { endOfMonth } from "../format/month-end.ts";
import { monthParam } from "../layout/period-param.ts";

/** The screens without the header (no unit tree, no reminders). */
const BARE = new Set(["/login", "/password"]);

/**
 * The GET addresses the screen at `pathname` + `search` asks for as it opens, spelled exactly as
 * the API client spells them (start-urls.test.ts holds the two together): the session check on
 * every screen; the header's unit tree and reminders on every screen inside the layout; the form
 * and the catalogue on the entry screen, and the dashboard on the home screen, when the address
 * names the unit and the month (otherwise they come from the session, not known yet).
 */
export function startUrls(pathname: string, search: string): string[] {
  const urls = ["/api/auth/me"];
  if (BARE.has(pathname)) return urls;
  const params = new URLSearchParams(search);
  const period = monthParam(params.get("period"));
  if (!period) return [...urls, "/api/reminders"];
  urls.push(`/api/units?${new URLSearchParams({ asOf: endOfMonth(period) })}`, "/api/reminders");
  const unit = params.get("unit");
  if (!unit) return urls;
  const unitPeriod = new URLSearchParams({ unit, period });
  if (pathname === "/entry") urls.push(`/api/entry?${unitPeriod}`, "/api/catalogue");
  if (pathname === "/") urls.push(`/api/dashboard?${unitPeriod}`);
  return urls;
}
