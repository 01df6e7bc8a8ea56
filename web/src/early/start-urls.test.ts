import { describe, expect, it } from "vitest";
import { type ApiCall, api, createClient } from "../api/contract.ts";
import { endOfMonth } from "../format/dates.ts";
import { startUrls } from "./start-urls.ts";

/** The addresses the API client asks for when the screen makes `calls`. */
async function clientUrls(calls: (call: ApiCall) => Promise<unknown>[]): Promise<string[]> {
  const urls: string[] = [];
  const call = createClient({
    fetch: async (input) => {
      urls.push(String(input));
      return new Response("{}", { status: 200 });
    },
  });
  await Promise.all(calls(call));
  return urls;
}

// An early answer is taken only for the very same address: these hold the two spellings together.
describe("the start screen's early requests", () => {
  it("are the addresses the entry screen's calls make, unit and month from the address", async () => {
    const expected = await clientUrls((call) => [
      call(api.auth.me),
      call(api.catalogue.units, { query: { asOf: endOfMonth("2023-02") } }),
      call(api.reminders.inbox, {}),
      call(api.values.entry, { query: { unit: "PHUONG 1&2", period: "2023-02" } }),
      call(api.catalogue.catalogue),
    ]);
    expect(startUrls("/entry", "?unit=PHUONG+1%262&period=2023-02")).toEqual(expected);
    expect(expected[1]).toBe("/api/units?asOf=2023-02-28");
  });

  it("are the dashboard's on the home screen", async () => {
    const [dashboard] = await clientUrls((call) => [
      call(api.dashboard.dashboard, { query: { unit: "NGA_NAM", period: "2023-08" } }),
    ]);
    expect(startUrls("/", "?period=2023-08&unit=NGA_NAM")).toContain(dashboard);
  });

  it("leave out what depends on the session (no unit or month in the address) and on the layout", () => {
    expect(startUrls("/entry", "")).toEqual(["/api/auth/me", "/api/reminders"]);
    expect(startUrls("/entry", "?period=2023-08")).toEqual([
      "/api/auth/me",
      "/api/units?asOf=2023-08-31",
      "/api/reminders",
    ]);
    expect(startUrls("/login", "?next=%2Fentry")).toEqual(["/api/auth/me"]);
  });
});
