import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/cli/demo-accounts.ts";
import { type ApiCall, ApiError, api } from "../../src/server/contract/index.ts";
import { Accounts } from "../../src/services/accounts/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { type ApiFixture, openApiFixture } from "./api-fixture.ts";

async function failure(promise: Promise<unknown>): Promise<{ status: number; code: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, code: error.code };
    throw error;
  }
  throw new Error("expected a refusal");
}

describeEachEngine("HTTP API: account administration", (fresh) => {
  let f: ApiFixture;
  let admin: ApiCall;

  beforeAll(async () => {
    f = await openApiFixture(fresh);
    admin = await f.signIn("admin");
  }, 120_000);
  afterAll(() => f.close());

  const login = (username: string, password: string) =>
    f.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username, password },
      remoteAddress: `10.7.${username.length}.1`,
    });

  it("creates an account with a one-time password that must be changed before anything else", async () => {
    const made = await admin(api.users.create, {
      body: {
        username: "lan",
        displayName: "Trần Thị Lan",
        grants: [{ role: "reporter", unit: "PHUONG_1" }],
      },
    });
    expect(made.user).toEqual({
      username: "lan",
      displayName: "Trần Thị Lan",
      disabled: false,
      mustChangePassword: true,
      version: 1,
      grants: [{ role: "reporter", unit: "PHUONG_1" }],
      email: null,
    });
    expect(made.oneTimePassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);

    const signedIn = await login("lan", made.oneTimePassword);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user.mustChangePassword).toBe(true);
    const cookie = signedIn.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const csrf = signedIn.json().csrfToken as string;
    const asLan = (method: "GET" | "POST", url: string, payload?: unknown) =>
      f.app.inject({
        method,
        url,
        headers: { cookie, "x-csrf-token": csrf },
        ...(payload ? { payload: payload as object } : {}),
      });
    const blocked = await asLan("GET", "/api/entry?unit=PHUONG_1&period=2023-08");
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe("auth.password_change_required");
    expect((await asLan("GET", "/api/auth/me")).json().user.mustChangePassword).toBe(true);

    const wrong = await asLan("POST", "/api/auth/password", {
      currentPassword: "sai-mat-khau",
      newPassword: "mat-khau-cua-lan",
    });
    expect(wrong.json().error.code).toBe("user.wrong_password");
    const changed = await asLan("POST", "/api/auth/password", {
      currentPassword: made.oneTimePassword,
      newPassword: "mat-khau-cua-lan",
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.mustChangePassword).toBe(false);
    // The session opened with the one-time password ended; the new one works.
    expect((await asLan("GET", "/api/auth/me")).statusCode).toBe(401);
    expect((await login("lan", made.oneTimePassword)).statusCode).toBe(401);
    const again = await login("lan", "mat-khau-cua-lan");
    expect(again.statusCode).toBe(200);
    expect(again.json().user.mustChangePassword).toBe(false);
  });

  it("checks every change against the version seen, and audits it", async () => {
    const { user } = await admin(api.users.create, {
      body: { username: "minh", displayName: "Lê Minh", grants: [] },
    });
    const granted = await admin(api.users.grant, {
      params: { username: "minh" },
      body: { version: user.version, grant: { role: "viewer", unit: "XA_TAN_LONG" } },
    });
    expect(granted.user).toMatchObject({
      version: 2,
      grants: [{ role: "viewer", unit: "XA_TAN_LONG" }],
    });
    // A second administrator's screen still shows version 1.
    const stale = await failure(
      admin(api.users.setDisabled, {
        params: { username: "minh" },
        body: { version: 1, disabled: true },
      }),
    );
    expect(stale).toEqual({ status: 409, code: "user.conflict" });
    const disabled = await admin(api.users.setDisabled, {
      params: { username: "minh" },
      body: { version: 2, disabled: true },
    });
    expect(disabled.user).toMatchObject({ disabled: true, version: 3 });
    const reset = await admin(api.users.resetPassword, {
      params: { username: "minh" },
      body: { version: 3 },
    });
    expect(reset.user).toMatchObject({ mustChangePassword: true, version: 4 });
    const revoked = await admin(api.users.revoke, {
      params: { username: "minh" },
      body: { version: 4, grant: { role: "viewer", unit: "XA_TAN_LONG" } },
    });
    expect(revoked.user.grants).toEqual([]);
    const enabled = await admin(api.users.setDisabled, {
      params: { username: "minh" },
      body: { version: 5, disabled: false },
    });
    expect(enabled.user.disabled).toBe(false);
    const badEmail = await failure(
      admin(api.users.setEmail, {
        params: { username: "minh" },
        body: { version: 6, email: "minh ở ubnd" },
      }),
    );
    expect(badEmail).toEqual({ status: 400, code: "user.invalid_email" });
    const emailed = await admin(api.users.setEmail, {
      params: { username: "minh" },
      body: { version: 6, email: " minh@ubnd.vn " },
    });
    expect(emailed.user).toMatchObject({ email: "minh@ubnd.vn", version: 7 });

    const { entries } = await admin(api.users.history, { params: { username: "minh" } });
    expect(entries.map((e) => [e.version, e.action, e.by])).toEqual([
      [1, "create", "admin"],
      [2, "grant", "admin"],
      [3, "disable", "admin"],
      [4, "reset_password", "admin"],
      [5, "revoke", "admin"],
      [6, "enable", "admin"],
      [7, "set_email", "admin"],
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/argon2|oneTime/);
    const { users } = await admin(api.users.list, {});
    expect(users.map((u) => u.username)).toEqual(
      expect.arrayContaining(["admin", "lan", "minh", "phuong1", "xem"]),
    );
  });

  it("refuses a taken name, an unknown unit, and disabling oneself", async () => {
    expect(
      await failure(
        admin(api.users.create, { body: { username: "xem", displayName: "", grants: [] } }),
      ),
    ).toEqual({ status: 409, code: "user.conflict" });
    expect(
      await failure(
        admin(api.users.create, { body: { username: "Viet Hoa", displayName: "", grants: [] } }),
      ),
    ).toEqual({ status: 400, code: "user.invalid_username" });
    expect(
      await failure(
        admin(api.users.create, {
          body: { username: "khac", displayName: "", grants: [{ role: "viewer", unit: "NOPE" }] },
        }),
      ),
    ).toMatchObject({ status: 403 });
    const me = (await admin(api.users.list, {})).users.find((u) => u.username === "admin");
    expect(
      await failure(
        admin(api.users.setDisabled, {
          params: { username: "admin" },
          body: { version: me?.version ?? 1, disabled: true },
        }),
      ),
    ).toEqual({ status: 400, code: "user.self_disable" });
  });

  it("lets a ward's administrator manage the ward's accounts only", async () => {
    await new Accounts(f.store).ensure({
      username: "qtphuong",
      displayName: "Quản trị Phường 1",
      password: DEMO_PASSWORD,
      grants: [{ role: "admin", unit: "PHUONG_1" }],
    });
    const ward = await f.signIn("qtphuong");
    const names = (await ward(api.users.list, {})).users.map((u) => u.username);
    expect(names).toEqual(expect.arrayContaining(["phuong1", "qtphuong"]));
    for (const town of ["admin", "xem", "xa1", "vanphong"]) expect(names).not.toContain(town);

    const all = (await admin(api.users.list, {})).users;
    const version = (name: string) => all.find((u) => u.username === name)?.version ?? 0;
    expect(
      await failure(
        ward(api.users.resetPassword, {
          params: { username: "xem" },
          body: { version: version("xem") },
        }),
      ),
    ).toEqual({ status: 403, code: "auth.forbidden" });
    expect(
      await failure(
        ward(api.users.grant, {
          params: { username: "phuong1" },
          body: { version: version("phuong1"), grant: { role: "viewer", unit: "NGA_NAM" } },
        }),
      ),
    ).toEqual({ status: 403, code: "auth.forbidden" });
    const granted = await ward(api.users.grant, {
      params: { username: "phuong1" },
      body: { version: version("phuong1"), grant: { role: "viewer", unit: "PHUONG_1" } },
    });
    expect(granted.user.grants).toContainEqual({ role: "viewer", unit: "PHUONG_1" });
  });
});
