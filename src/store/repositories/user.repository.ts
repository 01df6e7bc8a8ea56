import type { Kysely, Selectable, Updateable } from "kysely";
import { type Grant, isRole } from "../../core/access/index.ts";
import type { Database, UserTable } from "../schema.ts";

/** A local account as stored; the password only as its argon2id hash. */
export interface UserRecord {
  readonly username: string;
  readonly displayName: string;
  readonly passwordHash: string;
  readonly disabled: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The next sign-in must choose a new password (after a one-time password). */
  readonly mustChangePassword: boolean;
  /** Moves on every change of the account or its grants. */
  readonly version: number;
  /** Where reminders are e-mailed; null: in the app only. */
  readonly email: string | null;
}

/** A new account: version 1, and a one-time password when `mustChangePassword`. */
export type NewUser = Omit<UserRecord, "version" | "mustChangePassword" | "email"> & {
  readonly mustChangePassword?: boolean;
  readonly email?: string | null;
};

/** Reads and writes accounts and the roles they hold on unit subtrees. */
export class UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** One account, or undefined. */
  async get(username: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom("users")
      .selectAll()
      .where("username", "=", username)
      .executeTakeFirst();
    return row && fromRow(row);
  }

  /** Every account, by username. */
  async list(): Promise<UserRecord[]> {
    const rows = await this.db.selectFrom("users").selectAll().orderBy("username").execute();
    return rows.map(fromRow);
  }

  /** Adds an account (version 1); false (and nothing written) when the username is taken. */
  async insert(user: NewUser): Promise<boolean> {
    const result = await this.db
      .insertInto("users")
      .values({
        username: user.username,
        display_name: user.displayName,
        password_hash: user.passwordHash,
        disabled: user.disabled ? 1 : 0,
        must_change_password: user.mustChangePassword ? 1 : 0,
        email: user.email ?? null,
        created_at: user.createdAt,
        updated_at: user.updatedAt,
      })
      .onConflict((oc) => oc.column("username").doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  /**
   * Replaces the password hash; `mustChange` marks a one-time password the next sign-in must
   * replace. False when there is no such account.
   */
  async setPassword(
    username: string,
    passwordHash: string,
    at: string,
    mustChange = false,
  ): Promise<boolean> {
    return this.update(username, {
      password_hash: passwordHash,
      must_change_password: mustChange ? 1 : 0,
      updated_at: at,
    });
  }

  /** Moves the account's version on, whatever it was (a change made from the command line). */
  async bump(username: string, at: string): Promise<void> {
    await this.db
      .updateTable("users")
      .set((eb) => ({ version: eb("version", "+", 1), updated_at: at }))
      .where("username", "=", username)
      .execute();
  }

  /**
   * Moves the account's version on from `expected` (the one its editor saw): false when the
   * account changed meanwhile or does not exist. In a transaction it also holds the row, so the
   * changes that follow are checked and made as one.
   */
  async bumpVersion(username: string, expected: number, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable("users")
      .set((eb) => ({ version: eb("version", "+", 1), updated_at: at }))
      .where("username", "=", username)
      .where("version", "=", expected)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Changes the display name; false when there is no such account. */
  async setDisplayName(username: string, displayName: string, at: string): Promise<boolean> {
    return this.update(username, { display_name: displayName, updated_at: at });
  }

  /** Sets or clears (null) the address reminders are e-mailed to; false when there is no such account. */
  async setEmail(username: string, email: string | null, at: string): Promise<boolean> {
    return this.update(username, { email, updated_at: at });
  }

  /** Disables or re-enables an account; false when there is no such account. */
  async setDisabled(username: string, disabled: boolean, at: string): Promise<boolean> {
    return this.update(username, { disabled: disabled ? 1 : 0, updated_at: at });
  }

  /** The grants of one account, by unit then role. Rows with a role this version does not know are left out. */
  async grants(username: string): Promise<Grant[]> {
    const rows = await this.db
      .selectFrom("user_grants")
      .select(["role", "unit_code"])
      .where("username", "=", username)
      .orderBy("unit_code")
      .orderBy("role")
      .execute();
    return rows.flatMap((r) => (isRole(r.role) ? [{ role: r.role, unit: r.unit_code }] : []));
  }

  /** Every account's grants, by username. */
  async allGrants(): Promise<Map<string, Grant[]>> {
    const rows = await this.db
      .selectFrom("user_grants")
      .selectAll()
      .orderBy("username")
      .orderBy("unit_code")
      .orderBy("role")
      .execute();
    const out = new Map<string, Grant[]>();
    for (const r of rows) {
      if (!isRole(r.role)) continue;
      const list = out.get(r.username) ?? [];
      list.push({ role: r.role, unit: r.unit_code });
      out.set(r.username, list);
    }
    return out;
  }

  /** Adds a grant; false when the account already holds it. */
  async addGrant(username: string, grant: Grant): Promise<boolean> {
    const result = await this.db
      .insertInto("user_grants")
      .values({ username, role: grant.role, unit_code: grant.unit })
      .onConflict((oc) => oc.columns(["username", "role", "unit_code"]).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  /** Removes a grant; false when the account did not hold it. */
  async removeGrant(username: string, grant: Grant): Promise<boolean> {
    const result = await this.db
      .deleteFrom("user_grants")
      .where("username", "=", username)
      .where("role", "=", grant.role)
      .where("unit_code", "=", grant.unit)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  private async update(
    username: string,
    set: Omit<Updateable<UserTable>, "username" | "version">,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable("users")
      .set(set)
      .where("username", "=", username)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}

function fromRow(r: Selectable<UserTable>): UserRecord {
  return {
    username: r.username,
    displayName: r.display_name,
    passwordHash: r.password_hash,
    disabled: Number(r.disabled) !== 0,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    mustChangePassword: Number(r.must_change_password) !== 0,
    version: Number(r.version),
    email: r.email ?? null,
  };
}
