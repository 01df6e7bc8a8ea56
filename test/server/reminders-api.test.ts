import { afterAll, beforeAll, expect, it } from "vitest";
import { type ApiCall, ApiError, api } from "../../src/server/contract/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { type ApiFixture, openApiFixture } from "./api-fixture.ts";

// October 2023 of the reference dataset: nothing sent yet (the fixture's day is 20 September).
const FORM = { regime: "communes_monthly", unit: "PHUONG_1", period: "2023-10" };

describeEachEngine("HTTP API: reminders", (fresh) => {
  let f: ApiFixture;
  let ward: ApiCall;
  let office: ApiCall;

  beforeAll(async () => {
    f = await openApiFixture(fresh);
    ward = await f.signIn("phuong1");
    office = await f.signIn("vanphong");
  }, 180_000);
  afterAll(() => f.close());

  it("lets the office remind a ward, once a day; the ward's clerk reads it in the app", async () => {
    expect(await office(api.reminders.remind, { body: FORM })).toEqual({
      given: 1,
      emailed: 0,
      failed: 0,
    });
    expect((await office(api.reminders.remind, { body: FORM })).given).toBe(0);
    const inbox = await ward(api.reminders.inbox, {});
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]).toMatchObject({
      kind: "manual",
      unit: "PHUONG_1",
      createdBy: "vanphong",
      read: false,
      email: "none",
    });
    expect(inbox.items[0]?.subject).toContain("Phường 1 — tháng 10 năm 2023");
    await ward(api.reminders.read, { body: {} });
    expect((await ward(api.reminders.inbox, {})).unread).toBe(0);
    // The office's own list holds nothing: reminders go to those who enter the figures.
    expect((await office(api.reminders.inbox, {})).items).toEqual([]);
  });

  it("refuses a reporter reminding anyone, and a form outside the reviewer's units", async () => {
    const refusal = await ward(api.reminders.remind, { body: FORM }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).status).toBe(403);
    const commune = await f.signIn("xa1");
    const other = await commune(api.reminders.remind, { body: FORM }).catch((e: unknown) => e);
    expect((other as ApiError).status).toBe(403);
  });
});
