import { afterEach, beforeEach, expect, it } from "vitest";
import {
  migrateDown,
  migrateToLatest,
  type NewUser,
  SessionRepository,
  type Store,
  UserRepository,
} from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";

const alice: NewUser = {
  username: "alice",
  displayName: "Nguyễn Thị An",
  passwordHash: "$argon2id$fake",
  disabled: false,
  createdAt: "2026-11-25T08:00:00.000Z",
  updatedAt: "2026-11-25T08:00:00.000Z",
};
const session = {
  tokenHash: "a".repeat(64),
  username: "alice",
  csrfToken: "csrf-1",
  createdAt: "2026-11-25T08:00:00.000Z",
  expiresAt: "2026-11-25T20:00:00.000Z",
  lastSeenAt: "2026-11-25T08:00:00.000Z",
};

describeEachEngine("auth storage", (fresh) => {
  let store: Store;
  beforeEach(async () => {
    store = await fresh();
    await migrateToLatest(store);
  });
  afterEach(() => store.close());

  it("stores accounts once, changes them, and keeps their grants", async () => {
    const users = new UserRepository(store.db);
    expect(await users.insert(alice)).toBe(true);
    expect(await users.insert({ ...alice, displayName: "Khác" })).toBe(false);
    expect(await users.get("alice")).toEqual({
      ...alice,
      mustChangePassword: false,
      version: 1,
      email: null,
    });
    expect(await users.get("bob")).toBeUndefined();

    expect(await users.setPassword("alice", "$argon2id$new", "2026-11-25T09:00:00.000Z")).toBe(
      true,
    );
    expect(await users.setDisabled("alice", true, "2026-11-25T09:00:00.000Z")).toBe(true);
    expect(await users.setDisplayName("bob", "B", "2026-11-25T09:00:00.000Z")).toBe(false);
    expect(await users.get("alice")).toMatchObject({
      passwordHash: "$argon2id$new",
      disabled: true,
      updatedAt: "2026-11-25T09:00:00.000Z",
    });

    expect(await users.addGrant("alice", { role: "reporter", unit: "PHUONG_1" })).toBe(true);
    expect(await users.addGrant("alice", { role: "reporter", unit: "PHUONG_1" })).toBe(false);
    expect(await users.addGrant("alice", { role: "viewer", unit: "NGA_NAM" })).toBe(true);
    expect(await users.grants("alice")).toEqual([
      { role: "viewer", unit: "NGA_NAM" },
      { role: "reporter", unit: "PHUONG_1" },
    ]);
    expect([...(await users.allGrants()).keys()]).toEqual(["alice"]);
    expect(await users.removeGrant("alice", { role: "viewer", unit: "NGA_NAM" })).toBe(true);
    expect(await users.removeGrant("alice", { role: "viewer", unit: "NGA_NAM" })).toBe(false);
    expect(await users.grants("alice")).toEqual([{ role: "reporter", unit: "PHUONG_1" }]);
    await expect(users.addGrant("nobody", { role: "viewer", unit: "NGA_NAM" })).rejects.toThrow();
    expect((await users.list()).map((u) => u.username)).toEqual(["alice"]);
  });

  it("finds live sessions with the account's grants, slides, ends and expires them", async () => {
    const users = new UserRepository(store.db);
    const sessions = new SessionRepository(store.db);
    await users.insert(alice);
    await sessions.insert(session);
    const now = "2026-11-25T10:00:00.000Z";

    expect(await sessions.findActive(session.tokenHash, now)).toEqual({
      session,
      user: { username: "alice", displayName: "Nguyễn Thị An", mustChangePassword: false },
      grants: [],
    });
    await users.addGrant("alice", { role: "reporter", unit: "PHUONG_1" });
    await users.addGrant("alice", { role: "viewer", unit: "NGA_NAM" });
    expect((await sessions.findActive(session.tokenHash, now))?.grants).toEqual([
      { role: "viewer", unit: "NGA_NAM" },
      { role: "reporter", unit: "PHUONG_1" },
    ]);
    expect(await sessions.findActive("b".repeat(64), now)).toBeUndefined();
    expect(await sessions.findActive(session.tokenHash, session.expiresAt)).toBeUndefined();

    await sessions.touch(session.tokenHash, now, "2026-11-25T22:00:00.000Z");
    expect(
      (await sessions.findActive(session.tokenHash, "2026-11-25T21:00:00.000Z"))?.session,
    ).toMatchObject({ lastSeenAt: now, expiresAt: "2026-11-25T22:00:00.000Z" });

    await users.setDisabled("alice", true, now);
    expect(await sessions.findActive(session.tokenHash, now)).toBeUndefined();
    await users.setDisabled("alice", false, now);

    await sessions.insert({ ...session, tokenHash: "c".repeat(64), expiresAt: now });
    expect(await sessions.deleteExpired(now)).toBe(1);
    await sessions.delete(session.tokenHash);
    expect(await sessions.findActive(session.tokenHash, now)).toBeUndefined();
    await sessions.insert(session);
    await sessions.insert({ ...session, tokenHash: "d".repeat(64) });
    expect(await sessions.deleteForUser("alice")).toBe(2);
  });

  it("counts failed logins since the last success within the window and prunes old ones", async () => {
    const attempts = store.repos.loginAttempts;
    const at = (m: number) => `2026-11-25T10:${String(m).padStart(2, "0")}:00.000Z`;
    await attempts.record(["user:alice", "ip:10.0.0.1"], at(0), false);
    await attempts.record(["user:alice", "ip:10.0.0.1"], at(1), false);
    await attempts.record(["user:alice"], at(2), true);
    await attempts.record(["user:alice", "ip:10.0.0.1"], at(3), false);
    await attempts.record(["user:alice", "ip:10.0.0.1"], at(4), false);

    expect(await attempts.failuresSince("user:alice", at(0))).toEqual([at(3), at(4)]);
    expect(await attempts.failuresSince("ip:10.0.0.1", at(0))).toEqual([
      at(0),
      at(1),
      at(3),
      at(4),
    ]);
    expect(await attempts.failuresSince("ip:10.0.0.1", at(2))).toEqual([at(3), at(4)]);
    expect(await attempts.failuresSince("user:bob", at(0))).toEqual([]);
    expect(await attempts.prune(at(3))).toBe(5);
    expect(await attempts.failuresSince("ip:10.0.0.1", at(0))).toEqual([at(3), at(4)]);
  });

  it("migrates down and up again", async () => {
    await migrateDown(store);
    await migrateToLatest(store);
    expect(await new UserRepository(store.db).list()).toEqual([]);
  });
});
