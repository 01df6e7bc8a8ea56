import {
  type AncestorsOf,
  allowsAnywhere,
  forbidden,
  type Grant,
  isRole,
  permits,
  ROLES,
} from "../../core/access/index.ts";
import { BaocaoError } from "../../core/errors.ts";
import type { Repositories, Store, UserAuditEntry, UserRecord } from "../../store/index.ts";
import { checkEmail, checkUsername, MIN_PASSWORD_LENGTH, unknownUser } from "./account-rules.ts";
import { oneTimePassword } from "./one-time-password.ts";
import { hashPassword, MAX_PASSWORD_LENGTH, verifyPassword } from "./password.ts";

/** An account as the administration screen shows it (no hash). */
export interface AdminAccount {
  readonly username: string;
  readonly displayName: string;
  readonly disabled: boolean;
  readonly mustChangePassword: boolean;
  readonly version: number;
  readonly grants: readonly Grant[];
  /** Where reminders are e-mailed; null: in the app only. */
  readonly email: string | null;
}

/** Who is acting: the signed-in administrator. */
export interface Administrator {
  readonly username: string;
  readonly grants: readonly Grant[];
}

/** What the service needs from the server. */
export interface UserAdminDeps {
  readonly store: Store;
  readonly ancestorsOf: AncestorsOf;
  readonly unitName?: (unit: string) => string | undefined;
  readonly clock: () => Date;
}

/**
 * Administration of accounts from the web app. The rule (docs/auth.md): an administrator manages
 * an account when `user.manage` covers every unit the account holds a role on — a ward's admin
 * manages the ward's accounts, not the town's; an account without grants is managed by any
 * administrator. A role is given or taken on a unit the administrator manages. Every change
 * names the version the administrator saw (a newer one is `user.conflict`, 409), moves it on and
 * is written to the account's audit in the same transaction. Passwords set here are one-time:
 * the account must choose its own at the next sign-in.
 */
export class UserAdmin {
  constructor(private readonly deps: UserAdminDeps) {}

  /** The accounts the actor manages, by username. */
  async list(actor: Administrator): Promise<AdminAccount[]> {
    this.requireAdmin(actor);
    const repos = this.deps.store.repos;
    const [users, grants] = await Promise.all([repos.users.list(), repos.users.allGrants()]);
    return users
      .map((u) => view(u, grants.get(u.username) ?? []))
      .filter((a) => this.unmanaged(actor, a.grants) === undefined);
  }

  /** One account's changes, oldest first. */
  async history(actor: Administrator, username: string): Promise<UserAuditEntry[]> {
    await this.managed(actor, this.deps.store.repos, username);
    return this.deps.store.repos.userAudit.history(username);
  }

  /** Creates an account with a one-time password, and the roles given (on managed units). */
  async create(
    actor: Administrator,
    input: { username: string; displayName: string; grants: readonly Grant[] },
  ): Promise<{ account: AdminAccount; oneTimePassword: string }> {
    this.requireAdmin(actor);
    const username = input.username.trim();
    checkUsername(username);
    for (const g of input.grants) this.checkGrant(actor, g.role, g.unit);
    const password = oneTimePassword();
    const hash = await hashPassword(password);
    const at = this.now();
    const account = await this.deps.store.transaction(async (repos) => {
      for (const g of input.grants) await this.checkUnit(repos, g.unit);
      const inserted = await repos.users.insert({
        username,
        displayName: input.displayName.trim() || username,
        passwordHash: hash,
        disabled: false,
        mustChangePassword: true,
        createdAt: at,
        updatedAt: at,
      });
      if (!inserted) {
        throw new BaocaoError("user.conflict", `Tài khoản "${username}" đã có.`, { username });
      }
      for (const g of input.grants) await repos.users.addGrant(username, g);
      await repos.userAudit.append({
        username,
        version: 1,
        action: "create",
        detail: { displayName: input.displayName.trim() || username, grants: input.grants },
        at,
        by: actor.username,
      });
      return this.current(repos, username);
    });
    return { account, oneTimePassword: password };
  }

  /** Disables (ending its sessions) or re-enables an account. */
  async setDisabled(
    actor: Administrator,
    username: string,
    version: number,
    disabled: boolean,
  ): Promise<AdminAccount> {
    this.requireAdmin(actor);
    if (disabled && username === actor.username) {
      throw new BaocaoError(
        "user.self_disable",
        "Không thể tự khóa tài khoản của mình; hãy nhờ một quản trị viên khác.",
        { username },
      );
    }
    return this.change(actor, username, version, disabled ? "disable" : "enable", {}, async (r) => {
      await r.users.setDisabled(username, disabled, this.now());
      if (disabled) await r.sessions.deleteForUser(username);
    });
  }

  /** Sets the address the account's reminders are e-mailed to, or clears it (null). */
  async setEmail(
    actor: Administrator,
    username: string,
    version: number,
    email: string | null,
  ): Promise<AdminAccount> {
    const address = email?.trim() || null;
    if (address !== null) checkEmail(address);
    return this.change(actor, username, version, "set_email", { email: address }, async (r) => {
      await r.users.setEmail(username, address, this.now());
    });
  }

  /** Replaces the password with a one-time one and ends the account's sessions. */
  async resetPassword(
    actor: Administrator,
    username: string,
    version: number,
  ): Promise<{ account: AdminAccount; oneTimePassword: string }> {
    const password = oneTimePassword();
    const hash = await hashPassword(password);
    const account = await this.change(actor, username, version, "reset_password", {}, async (r) => {
      await r.users.setPassword(username, hash, this.now(), true);
      await r.sessions.deleteForUser(username);
    });
    return { account, oneTimePassword: password };
  }

  /** Gives a role on a unit's subtree. */
  async grant(
    actor: Administrator,
    username: string,
    version: number,
    g: Grant,
  ): Promise<AdminAccount> {
    const grant = this.checkGrant(actor, g.role, g.unit);
    return this.change(actor, username, version, "grant", { grant }, async (r) => {
      await this.checkUnit(r, grant.unit);
      await r.users.addGrant(username, grant);
    });
  }

  /** Takes a role back. */
  async revoke(
    actor: Administrator,
    username: string,
    version: number,
    g: Grant,
  ): Promise<AdminAccount> {
    const grant = this.checkGrant(actor, g.role, g.unit);
    return this.change(actor, username, version, "revoke", { grant }, async (r) => {
      await r.users.removeGrant(username, grant);
    });
  }

  /**
   * The signed-in user replaces their own password (a one-time one, or any): the current one must
   * be right; the new one must differ from it. Their other sessions end.
   */
  async changeOwnPassword(
    username: string,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const repos = this.deps.store.repos;
    const user = await repos.users.get(username);
    if (!user) throw unknownUser(username);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new BaocaoError("user.wrong_password", "Mật khẩu hiện tại không đúng.");
    }
    if (newPassword.length < MIN_PASSWORD_LENGTH || newPassword.length > MAX_PASSWORD_LENGTH) {
      throw new BaocaoError(
        "user.weak_password",
        `Mật khẩu mới cần từ ${MIN_PASSWORD_LENGTH} đến ${MAX_PASSWORD_LENGTH} ký tự.`,
      );
    }
    if (newPassword === currentPassword) {
      throw new BaocaoError("user.same_password", "Mật khẩu mới phải khác mật khẩu hiện tại.");
    }
    const hash = await hashPassword(newPassword);
    await this.change(
      { username, grants: [] },
      username,
      user.version,
      "change_password",
      {},
      (r) => r.users.setPassword(username, hash, this.now(), false).then(() => undefined),
      { self: true },
    );
  }

  /** Checks the version, moves it on, makes the change and audits it, in one transaction. */
  private async change(
    actor: Administrator,
    username: string,
    version: number,
    action: string,
    detail: Record<string, unknown>,
    work: (repos: Repositories) => Promise<void>,
    options: { self?: boolean } = {},
  ): Promise<AdminAccount> {
    if (!options.self) this.requireAdmin(actor);
    const at = this.now();
    return this.deps.store.transaction(async (repos) => {
      if (!options.self) await this.managed(actor, repos, username);
      if (!(await repos.users.bumpVersion(username, version, at))) {
        const current = await repos.users.get(username);
        if (!current) throw unknownUser(username);
        throw new BaocaoError(
          "user.conflict",
          `Tài khoản "${username}" vừa được người khác thay đổi; hãy xem lại rồi thử lại.`,
          { username, account: await this.current(repos, username) },
        );
      }
      await work(repos);
      const after = await this.current(repos, username);
      await repos.userAudit.append({
        username,
        version: after.version,
        action,
        detail,
        at,
        by: actor.username,
      });
      return after;
    });
  }

  private async current(repos: Repositories, username: string): Promise<AdminAccount> {
    const user = await repos.users.get(username);
    if (!user) throw unknownUser(username);
    return view(user, await repos.users.grants(username));
  }

  /** The account, when the actor manages it; else `auth.forbidden` naming a unit out of reach. */
  private async managed(
    actor: Administrator,
    repos: Repositories,
    username: string,
  ): Promise<void> {
    if (!(await repos.users.get(username))) throw unknownUser(username);
    const out = this.unmanaged(actor, await repos.users.grants(username));
    if (out !== undefined) {
      throw forbidden(actor.username, "user.manage", out, this.deps.unitName?.(out));
    }
  }

  /** A unit the account holds a role on that the actor does not manage, if any. */
  private unmanaged(actor: Administrator, grants: readonly Grant[]): string | undefined {
    return grants.find((g) => !permits(actor.grants, "user.manage", g.unit, this.deps.ancestorsOf))
      ?.unit;
  }

  private requireAdmin(actor: Administrator): void {
    if (!allowsAnywhere(actor.grants, "user.manage")) {
      throw new BaocaoError(
        "auth.forbidden",
        `Tài khoản "${actor.username}" không có quyền quản lý tài khoản.`,
        { username: actor.username, action: "user.manage" },
      );
    }
  }

  private checkGrant(actor: Administrator, role: string, unit: string): Grant {
    if (!isRole(role)) {
      throw new BaocaoError(
        "user.invalid_role",
        `Vai trò "${role}" không có; chọn một trong: ${ROLES.join(", ")}.`,
        { role },
      );
    }
    if (!permits(actor.grants, "user.manage", unit, this.deps.ancestorsOf)) {
      throw forbidden(actor.username, "user.manage", unit, this.deps.unitName?.(unit));
    }
    return { role, unit };
  }

  private async checkUnit(repos: Repositories, unit: string): Promise<void> {
    if (!(await repos.units.get(unit))) {
      throw new BaocaoError("units.unknown_unit", `Không có đơn vị mã "${unit}".`, { unit });
    }
  }

  private now(): string {
    return this.deps.clock().toISOString();
  }
}

function view(u: UserRecord, grants: readonly Grant[]): AdminAccount {
  return {
    username: u.username,
    displayName: u.displayName,
    disabled: u.disabled,
    mustChangePassword: u.mustChangePassword,
    version: u.version,
    grants,
    email: u.email,
  };
}
