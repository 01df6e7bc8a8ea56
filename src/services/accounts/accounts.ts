import { type Grant, isRole, ROLES, type Role } from "../../core/access/index.ts";
import { BaocaoError } from "../../core/errors.ts";
import type {
  NewUser,
  OrgUnitRepository,
  Repositories,
  Store,
  UserRepository,
} from "../../store/index.ts";
import { checkEmail, checkPassword, checkUsername, unknownUser } from "./account-rules.ts";
import { hashPassword } from "./password.ts";
import { addRootUnit, type RootUnit } from "./root-unit.ts";

/** An account with its grants, as listings show it (no hash). */
export interface AccountView {
  readonly username: string;
  readonly displayName: string;
  readonly disabled: boolean;
  readonly grants: readonly Grant[];
}

/** What `ensure` makes sure exists. */
export interface AccountSpec {
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
  readonly grants: readonly Grant[];
}

/** Managing accounts from the command line (`baocao user …`) and for the demo; the web app goes through UserAdmin. */
export class Accounts {
  private readonly users: UserRepository;
  private readonly units: OrgUnitRepository;

  /** `by` is who the account audit names for these changes ("cli", "demo"). */
  constructor(
    private readonly store: Store,
    private readonly clock: () => Date = () => new Date(),
    private readonly by = "cli",
  ) {
    this.users = store.repos.users;
    this.units = store.repos.units;
  }

  /** Creates an account; refuses a malformed or taken username and a short password. */
  async add(username: string, displayName: string, password: string): Promise<void> {
    checkUsername(username);
    checkPassword(password);
    const at = this.clock().toISOString();
    const record: NewUser = {
      username,
      displayName: displayName.trim() || username,
      passwordHash: await hashPassword(password),
      disabled: false,
      createdAt: at,
      updatedAt: at,
    };
    await this.store.transaction(async (r) => {
      if (!(await r.users.insert(record))) {
        throw new BaocaoError("user.conflict", `Tài khoản "${username}" đã có.`, { username });
      }
      await this.audit(r, username, "create", { displayName: record.displayName }, at);
    });
  }

  /**
   * The first administrator of a new installation: an account with the admin role over `unit`
   * (the root of the locality's units), only while the database has no account at all
   * (`user.already_initialised` otherwise: later accounts are made by an administrator). When the
   * unit does not exist yet and `root` says what it is, the unit is created first (a database
   * started from nothing); true when it was.
   */
  async initFirstAdmin(
    username: string,
    displayName: string,
    password: string,
    unit: string,
    root?: RootUnit,
  ): Promise<{ readonly unitCreated: boolean }> {
    if ((await this.users.list()).length > 0) {
      throw new BaocaoError(
        "user.already_initialised",
        "Cơ sở dữ liệu đã có tài khoản; quản trị viên tạo thêm tài khoản trên màn hình Tài khoản (/users) hoặc bằng lệnh baocao user add.",
      );
    }
    const missing = !(await this.units.get(unit));
    if (missing && !root) {
      throw new BaocaoError(
        "units.unknown_unit",
        `Chưa có đơn vị mã "${unit}". Để tạo đơn vị gốc mới, thêm tên của nó: --unit-name "Tên đơn vị" (và --unit-kind, --from nếu cần); hoặc nhập danh mục đơn vị trước (baocao import danh-muc.yaml) rồi chạy lại baocao init với mã đơn vị gốc.`,
        { unit },
      );
    }
    // Checked before the unit is made so that a refused account leaves nothing behind. What
    // could still fail after it (the database itself) leaves a unit and no account: harmless,
    // since running init again finds the unit and only makes the account.
    checkUsername(username);
    checkPassword(password);
    if (missing && root)
      await addRootUnit(this.store, unit, root, this.by, this.clock().toISOString());
    await this.add(username, displayName, password);
    await this.grant(username, "admin", unit);
    return { unitCreated: missing };
  }

  /** Sets a new password and ends the account's sessions (a stolen cookie stops working). */
  async setPassword(username: string, password: string): Promise<number> {
    checkPassword(password);
    const hash = await hashPassword(password);
    const at = this.clock().toISOString();
    return this.store.transaction(async (r) => {
      if (!(await r.users.setPassword(username, hash, at))) throw unknownUser(username);
      await this.changed(r, username, "set_password", {}, at);
      return r.sessions.deleteForUser(username);
    });
  }

  /** Sets the address reminders are e-mailed to, or clears it (null). */
  async setEmail(username: string, email: string | null): Promise<void> {
    if (email !== null) checkEmail(email);
    const at = this.clock().toISOString();
    await this.store.transaction(async (r) => {
      if (!(await r.users.setEmail(username, email, at))) throw unknownUser(username);
      await this.changed(r, username, "set_email", { email }, at);
    });
  }

  /** Disables or re-enables an account; disabling ends its sessions. */
  async setDisabled(username: string, disabled: boolean): Promise<void> {
    const at = this.clock().toISOString();
    await this.store.transaction(async (r) => {
      if (!(await r.users.setDisabled(username, disabled, at))) throw unknownUser(username);
      await this.changed(r, username, disabled ? "disable" : "enable", {}, at);
      if (disabled) await r.sessions.deleteForUser(username);
    });
  }

  /** Gives a role on a unit's subtree; false when the account already had it. */
  async grant(username: string, role: string, unit: string): Promise<boolean> {
    const grant = await this.checkGrant(username, role, unit);
    if (!(await this.units.get(unit))) {
      throw new BaocaoError(
        "units.unknown_unit",
        `Không có đơn vị mã "${unit}" trong cơ sở dữ liệu (xem danh sách bằng lệnh "baocao units").`,
        { unit },
      );
    }
    return this.store.transaction(async (r) => {
      const added = await r.users.addGrant(username, grant);
      if (added) await this.changed(r, username, "grant", { grant }, this.clock().toISOString());
      return added;
    });
  }

  /** Takes a role back; false when the account did not have it. */
  async revoke(username: string, role: string, unit: string): Promise<boolean> {
    const grant = await this.checkGrant(username, role, unit);
    return this.store.transaction(async (r) => {
      const removed = await r.users.removeGrant(username, grant);
      if (removed) await this.changed(r, username, "revoke", { grant }, this.clock().toISOString());
      return removed;
    });
  }

  /** Every account with its grants, by username. */
  async list(): Promise<AccountView[]> {
    const [users, grants] = await Promise.all([this.users.list(), this.users.allGrants()]);
    return users.map((u) => ({
      username: u.username,
      displayName: u.displayName,
      disabled: u.disabled,
      grants: grants.get(u.username) ?? [],
    }));
  }

  /**
   * Creates the account when missing and adds the grants it lacks; an existing account keeps its
   * password. Returns true when the account was created.
   */
  async ensure(spec: AccountSpec): Promise<boolean> {
    const created = !(await this.users.get(spec.username));
    if (created) await this.add(spec.username, spec.displayName, spec.password);
    for (const g of spec.grants) await this.grant(spec.username, g.role, g.unit);
    return created;
  }

  /** Moves the account's version on and audits the change under the new version. */
  private async changed(
    r: Repositories,
    username: string,
    action: string,
    detail: Record<string, unknown>,
    at: string,
  ): Promise<void> {
    await r.users.bump(username, at);
    await this.audit(r, username, action, detail, at);
  }

  private async audit(
    r: Repositories,
    username: string,
    action: string,
    detail: Record<string, unknown>,
    at: string,
  ): Promise<void> {
    const version = (await r.users.get(username))?.version ?? 1;
    await r.userAudit.append({ username, version, action, detail, at, by: this.by });
  }

  private async checkGrant(username: string, role: string, unit: string): Promise<Grant> {
    if (!isRole(role)) {
      throw new BaocaoError(
        "user.invalid_role",
        `Vai trò "${role}" không có; chọn một trong: ${ROLES.join(", ")}.`,
        { role },
      );
    }
    if (!(await this.users.get(username))) throw unknownUser(username);
    return { role: role satisfies Role, unit };
  }
}
