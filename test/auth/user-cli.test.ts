import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../src/cli/demo-accounts.ts";
import { EXIT } from "../../src/cli/main.ts";
import { verifyPassword } from "../../src/services/accounts/index.ts";
import { databaseConfigFrom, openStore, UserRepository } from "../../src/store/index.ts";
import { type CliInput, runCli } from "../support/run-cli.ts";

const run = (args: string[], env: Record<string, string>, input: CliInput = {}) =>
  runCli(args, env, input);

describe("baocao user", () => {
  let dir: string;
  let env: Record<string, string>;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "baocao-user-"));
    env = { DATABASE_URL: `sqlite:${join(dir, "baocao.db")}` };
    const fixtures = join(import.meta.dirname, "../fixtures/import");
    expect((await run(["import", join(fixtures, "catalogue.yaml")], env)).code).toBe(EXIT.ok);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const storedUser = async (username: string) => {
    const store = await openStore(databaseConfigFrom(env));
    try {
      return await new UserRepository(store.db).get(username);
    } finally {
      await store.close();
    }
  };

  it("runs the README's own `user add` example", async () => {
    const readme = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8");
    const line = /npx baocao (user add \S+ --name "[^"]+")/.exec(readme)?.[1];
    if (!line) throw new Error("README has no `user add` example");
    const name = /"([^"]+)"/.exec(line)?.[1] as string;
    const head = (line.split(" --name ")[0] as string).split(" ");
    const args = [...head, "--name", name, "--password-stdin"];
    const added = await run(args, env, { stdin: "mat-khau-readme\n" });
    expect(added.code).toBe(EXIT.ok);
  });

  it("adds an account with the password from stdin or the terminal, never from arguments", async () => {
    const added = await run(
      ["user", "add", "lan", "--name", "Trần Thị Lan", "--password-stdin"],
      env,
      {
        stdin: "mat-khau-1\n",
      },
    );
    expect(added).toMatchObject({ code: EXIT.ok });
    expect(added.out[0]).toMatch(/^Đã tạo tài khoản "lan"\./);
    const stored = await storedUser("lan");
    expect(stored?.displayName).toBe("Trần Thị Lan");
    expect(await verifyPassword(stored?.passwordHash, "mat-khau-1")).toBe(true);

    const prompted = await run(["user", "add", "minh"], env, {
      answers: ["mat-khau-2", "mat-khau-2"],
    });
    expect(prompted.code).toBe(EXIT.ok);
    expect(prompted.asked).toEqual(["Mật khẩu:  (ẩn)", "Nhập lại mật khẩu:  (ẩn)"]);
    expect((await storedUser("minh"))?.displayName).toBe("minh");

    const mismatch = await run(["user", "add", "hoa"], env, { answers: ["mat-khau-3", "khac-3"] });
    expect(mismatch.code).toBe(EXIT.usage);
    expect(mismatch.err.join("\n")).toMatch(/không khớp/);
    const noTerminal = await run(["user", "add", "hoa"], env);
    expect(noTerminal.code).toBe(EXIT.usage);
    expect(noTerminal.err.join("\n")).toMatch(/--password-stdin/);

    const taken = await run(["user", "add", "lan", "--password-stdin"], env, {
      stdin: "mat-khau-9",
    });
    expect(taken).toMatchObject({ code: EXIT.failed, err: ['Lỗi: Tài khoản "lan" đã có.'] });
    const short = await run(["user", "add", "ngan", "--password-stdin"], env, { stdin: "1234" });
    expect(short).toMatchObject({ code: EXIT.failed, err: ["Lỗi: Mật khẩu cần ít nhất 8 ký tự."] });
    const badName = await run(["user", "add", "Tên Có Dấu", "--password-stdin"], env, {
      stdin: "mat-khau-1",
    });
    expect(badName.code).toBe(EXIT.failed);
    expect(badName.err[0]).toMatch(/Tên đăng nhập "Tên Có Dấu" không hợp lệ/);
  });

  it("grants and revokes roles on units, lists accounts, changes passwords", async () => {
    await run(["user", "add", "lan", "--password-stdin"], env, { stdin: "mat-khau-1" });
    expect((await run(["user", "grant", "lan", "reporter", "P1"], env)).out).toEqual([
      'Đã cấp vai trò reporter trên P1 cho "lan".',
    ]);
    expect((await run(["user", "grant", "lan", "reporter", "P1"], env)).out[0]).toMatch(
      /đã có vai trò reporter trên P1; không thay đổi/,
    );
    await run(["user", "grant", "lan", "viewer", "NN"], env);

    const unknownUnit = await run(["user", "grant", "lan", "viewer", "XX"], env);
    expect(unknownUnit.code).toBe(EXIT.failed);
    expect(unknownUnit.err).toEqual([
      'Lỗi: Không có đơn vị mã "XX" trong cơ sở dữ liệu (xem danh sách bằng lệnh "baocao units").',
    ]);
    expect((await run(["user", "grant", "lan", "boss", "NN"], env)).code).toBe(EXIT.usage);
    const unknownUser = await run(["user", "grant", "ai", "viewer", "NN"], env);
    expect(unknownUser).toMatchObject({
      code: EXIT.failed,
      err: ['Lỗi: Không có tài khoản "ai".'],
    });

    const json = await run(["user", "list", "--format", "json"], env);
    expect(JSON.parse(json.out.join("\n"))).toEqual([
      {
        username: "lan",
        displayName: "lan",
        disabled: false,
        grants: [
          { role: "viewer", unit: "NN" },
          { role: "reporter", unit: "P1" },
        ],
      },
    ]);
    const table = await run(["user", "list", "--format", "table"], env);
    expect(table.out).toEqual([
      "Tên đăng nhập  Họ tên  Khóa  Quyền (vai trò@đơn vị)",
      "lan            lan           viewer@NN reporter@P1",
    ]);

    expect((await run(["user", "revoke", "lan", "viewer", "NN"], env)).out).toEqual([
      'Đã thu hồi vai trò viewer trên NN của "lan".',
    ]);
    const passwd = await run(["user", "passwd", "lan", "--password-stdin"], env, {
      stdin: "mat-khau-moi\n",
    });
    expect(passwd.out).toEqual(['Đã đổi mật khẩu của "lan"; 0 phiên đăng nhập đã kết thúc.']);
    expect(await verifyPassword((await storedUser("lan"))?.passwordHash, "mat-khau-moi")).toBe(
      true,
    );
    expect((await run(["user", "disable", "lan"], env)).out).toEqual(['Đã khóa tài khoản "lan".']);
    expect((await storedUser("lan"))?.disabled).toBe(true);
    const store = await openStore(databaseConfigFrom(env));
    try {
      const history = await store.repos.userAudit.history("lan");
      expect(history.map((e) => [e.version, e.action, e.by])).toEqual([
        [1, "create", "cli"],
        [2, "grant", "cli"],
        [3, "grant", "cli"],
        [4, "revoke", "cli"],
        [5, "set_password", "cli"],
        [6, "disable", "cli"],
      ]);
    } finally {
      await store.close();
    }
    expect(
      (await run(["user", "passwd", "ai", "--password-stdin"], env, { stdin: "12345678" })).code,
    ).toBe(EXIT.failed);
  });
});

describe("baocao demo accounts", () => {
  it("creates the documented accounts once, lists them, and they sign in with the demo password", async () => {
    const dir = mkdtempSync(join(tmpdir(), "baocao-demo-"));
    const env = { DATABASE_URL: `sqlite:${join(dir, "demo.db")}` };
    try {
      const first = await run(["demo", "--no-serve"], env);
      expect(first.code).toBe(EXIT.ok);
      expect(first.err[1]).toBe("Tài khoản dùng thử (mật khẩu baocao2023; 8 tài khoản mới tạo):");
      expect(first.err.slice(2, 10)).toEqual([
        "  admin     admin trên NGA_NAM — Quản trị hệ thống",
        "  quantri   admin trên CAN_THO, admin trên HAU_GIANG, admin trên SOC_TRANG — Quản trị danh mục (toàn hệ thống)",
        "  vanphong  office trên NGA_NAM — Văn phòng HĐND và UBND thị xã",
        "  lanhdao   approver trên NGA_NAM — Lãnh đạo UBND thị xã",
        "  xem       viewer trên NGA_NAM — Người xem",
        "  phuong1   reporter trên PHUONG_1 — Cán bộ Phường 1",
        "  xa1       reporter trên XA_TAN_LONG — Cán bộ xã Tân Long",
        "  tckh      viewer trên NGA_NAM, reporter trên NN_TCKH — Phòng Tài chính - Kế hoạch thị xã",
      ]);
      // The draft of the August 2023 report is started once; running the demo again keeps it.
      expect(first.err[10]).toMatch(/bản nháp báo cáo tháng 8\/2023/);
      const second = await run(["demo", "--no-serve"], env);
      expect(second.err[1]).toBe("Tài khoản dùng thử (mật khẩu baocao2023):");
      expect(second.err.join("\n")).not.toMatch(/bản nháp/);

      const list = JSON.parse((await run(["user", "list"], env)).out.join("\n"));
      expect(list).toEqual(
        DEMO_ACCOUNTS.map((a) => ({
          username: a.username,
          displayName: a.displayName,
          disabled: false,
          grants: a.grants,
        })).sort((a, b) => a.username.localeCompare(b.username)),
      );
      const store = await openStore(databaseConfigFrom(env));
      try {
        const admin = await new UserRepository(store.db).get("admin");
        expect(await verifyPassword(admin?.passwordHash, DEMO_PASSWORD)).toBe(true);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
