import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/main.ts";
import { VERSION } from "../../src/cli/version.ts";
import { runCli } from "../support/run-cli.ts";

const run = (args: string[], env: Record<string, string | undefined> = {}) => runCli(args, env);

describe("baocao CLI", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "baocao-cli-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the version and help with exit 0", async () => {
    expect(await run(["--version"])).toMatchObject({ code: EXIT.ok, out: [VERSION] });
    const help = await run(["--help"]);
    expect(help.code).toBe(EXIT.ok);
    expect(help.out.join("\n")).toMatch(/migrate[\s\S]*serve[\s\S]*DATABASE_URL/);
  });

  it("exits 2 on a wrong command line, saying why in one Vietnamese line and where the help is", async () => {
    const cases: [string[], string][] = [
      [["no-such-command"], 'Không có lệnh "no-such-command". Xem hướng dẫn: baocao --help'],
      [
        ["migrate", "--no-such-option"],
        "Không có tùy chọn --no-such-option. Xem hướng dẫn: baocao migrate --help",
      ],
      [
        ["submissions", "lst"],
        'Không có lệnh "lst". Có phải ý bạn là list? Xem hướng dẫn: baocao submissions --help',
      ],
      [
        ["user", "grant"],
        "Thiếu tham số bắt buộc <username>. Xem hướng dẫn: baocao user grant --help",
      ],
      [
        ["user", "grant", "anh", "chef", "NGA_NAM"],
        'Giá trị "chef" không hợp lệ cho <role>; chọn một trong: admin, office, reporter, approver, viewer. Xem hướng dẫn: baocao user grant --help',
      ],
      [
        ["indicators", "--format", "xml"],
        'Giá trị "xml" không hợp lệ cho -f, --format <format>; chọn một trong: table, json, csv. Xem hướng dẫn: baocao indicators --help',
      ],
      [
        ["report"],
        "Thiếu tùy chọn bắt buộc -u, --unit <code>. Xem hướng dẫn: baocao report --help",
      ],
      [
        ["serve", "--workers"],
        "Tùy chọn --workers <n> cần một giá trị. Xem hướng dẫn: baocao serve --help",
      ],
      [
        ["migrate", "extra"],
        "Thừa tham số: lệnh nhận 0 tham số, nhưng có 1. Xem hướng dẫn: baocao migrate --help",
      ],
    ];
    for (const [args, message] of cases) {
      const result = await run(args);
      expect(result.code, args.join(" ")).toBe(EXIT.usage);
      expect(result.err, args.join(" ")).toEqual([`Lỗi: ${message}`]);
      expect(result.out, args.join(" ")).toEqual([]);
    }
  });

  it("refuses a SQLite path whose folder is missing, unless migrate --create", async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, "nowhere/deeper/x.db")}` };
    for (const args of [["migrate"], ["serve"], ["user", "list"]]) {
      const refused = await run(args, env);
      expect(refused.code).toBe(EXIT.failed);
      expect(refused.err).toEqual([
        `Lỗi: Không có thư mục "${join(dir, "nowhere/deeper")}" để chứa tệp cơ sở dữ liệu "${join(dir, "nowhere/deeper/x.db")}". Hãy kiểm tra DATABASE_URL (có gõ nhầm đường dẫn không?); nếu đúng là muốn tạo cơ sở dữ liệu mới ở đó, chạy: baocao migrate --create.`,
      ]);
    }
    expect(existsSync(join(dir, "nowhere"))).toBe(false);
  });

  it("creates the SQLite database on migrate and changes nothing the second time", async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, "sub/baocao.db")}` };
    const first = await run(["migrate", "--create"], env);
    expect(first.code).toBe(EXIT.ok);
    expect(first.out[0]).toMatch(/Đã áp dụng \d+ chuyển đổi/);
    const second = await run(["migrate"], env);
    expect(second).toMatchObject({ code: EXIT.ok });
    expect(second.out[0]).toMatch(/đã ở phiên bản mới nhất/);
  });

  it("rebuilds the roll-ups of a database", async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, "baocao.db")}` };
    const rebuilt = await run(["rebuild-rollups"], env);
    expect(rebuilt.code).toBe(EXIT.ok);
    expect(rebuilt.out[0]).toMatch(/^Đã tính lại số tổng hợp trong \d+ ms\.$/);
  });

  it("imports files with a summary, lists catalogue codes, and lists every problem of a broken file", async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, "baocao.db")}` };
    const fixtures = join(import.meta.dirname, "../fixtures/import");
    const files = [join(fixtures, "catalogue.yaml"), join(fixtures, "values.csv")];
    const dry = await run(["import", "--dry-run", ...files], env);
    expect(dry.out).toEqual([
      "Kiểm tra xong (chạy thử, chưa ghi gì): 4 đơn vị, 3 chỉ tiêu, 1 chỉ tiêu kế hoạch, 1 quy tắc kiểm tra, 6 dòng số liệu đã đọc, 6 giá trị mới, 0 cập nhật, 0 xoá, 0 không đổi, 0 bị từ chối.",
    ]);
    expect((await run(["import", ...files], env)).code).toBe(EXIT.ok);
    const again = await run(["import", ...files], env);
    expect(again.out[0]).toMatch(/0 giá trị mới, 0 cập nhật, 0 xoá, 6 không đổi/);

    const units = await run(["units", "--format", "csv"], env);
    expect(units.out.slice(0, 2)).toEqual([
      "code,nameVi,kind,parent,validFrom,validTo",
      "NN,Thị xã Ngã Năm,district,ST,2000-01-01,",
    ]);
    const indicators = await run(["indicators"], env);
    expect(JSON.parse(indicators.out.join("\n")).map((i: { code: string }) => i.code)).toEqual([
      "received",
      "resolved",
      "pupils",
    ]);
    expect((await run(["indicators", "--format", "xml"], env)).code).toBe(EXIT.usage);
    // On the screen: Vietnamese headings, long cells cut, within a terminal of 100 columns.
    const table = await run(["indicators", "--format", "table"], env);
    expect(table.out[0]).toMatch(/^Mã +Tên chỉ tiêu +ĐVT +Theo kỳ +Theo đơn vị$/);
    expect(Math.max(...table.out.map((line) => line.length))).toBeLessThanOrEqual(100);
    const unitTable = await run(["units", "--format", "table"], env);
    expect(unitTable.out[0]).toMatch(/^Mã +Tên +Cấp +Cấp trên +Từ ngày +Đến ngày$/);

    const broken = await run(
      ["import", join(fixtures, "missing-column.csv"), join(fixtures, "bad-catalogue.yaml")],
      env,
    );
    expect(broken.code).toBe(EXIT.failed);
    expect(broken.err).toEqual([
      '  tệp missing-column.csv, dòng 1, value: Thiếu cột "value" trong dòng tiêu đề (đọc với bảng mã utf-8, phân cách bằng dấu phẩy).',
      expect.stringMatching(
        /^ {2}tệp bad-catalogue.yaml, dòng 13, cột 11 \(indicators\[1\]\.unit\): /,
      ),
      "Lỗi: 2 lỗi; không có gì được ghi.",
    ]);
    const one = await run(["import", join(fixtures, "bad-number.csv")], env);
    expect(one.err).toEqual([
      expect.stringMatching(
        /^Lỗi: tệp bad-number.csv, dòng 3, cột 5 \(value\): "1.234" đọc được hai cách/,
      ),
    ]);
    const missing = await run(["import", join(dir, "nothing.csv")], env);
    expect(missing.err).toEqual([
      `Lỗi: Không đọc được ${join(dir, "nothing.csv")}: không tìm thấy tệp.`,
    ]);
  });

  it("loads the reference dataset for the demo, and a second load changes nothing", async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, "demo.db")}` };
    const first = await run(["demo", "--no-serve"], env);
    expect(first.code).toBe(EXIT.ok);
    expect(first.err[0]).toMatch(
      /^Đã nạp bộ dữ liệu mẫu Ngã Năm 2023 vào sqlite: [1-9]\d* giá trị mới, 0 cập nhật, 0 không đổi\.$/,
    );
    const second = await run(["demo", "--no-serve"], env);
    expect(second.err[0]).toMatch(/: 0 giá trị mới, 0 cập nhật, [1-9]\d* không đổi\.$/);
  });

  it("refuses the demo on a database with real accounts or data, changing nothing", async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, "real.db")}` };
    expect((await run(["demo", "--no-serve"], env)).code).toBe(EXIT.ok);
    const added = await runCli(["user", "add", "lan", "--password-stdin"], env, {
      stdin: "mat-khau-that",
    });
    expect(added.code).toBe(EXIT.ok);
    const refused = await run(["demo", "--no-serve"], env);
    expect(refused.code).toBe(EXIT.failed);
    expect(refused.err).toEqual([
      'Lỗi: Cơ sở dữ liệu này đã có dữ liệu thật (tài khoản "lan"), nên không nạp dữ liệu mẫu vào: việc đó sẽ thêm các tài khoản dùng thử có mật khẩu ai cũng biết và ghi đè số liệu đã sửa. Không có gì bị thay đổi. Hãy chạy bản dùng thử trên một cơ sở dữ liệu riêng, ví dụ DATABASE_URL=sqlite:./data/demo.db baocao demo.',
    ]);

    // Values written by someone other than the demo loader: refused before anything is written.
    const other = { DATABASE_URL: `sqlite:${join(dir, "imported.db")}` };
    const fixtures = join(import.meta.dirname, "../fixtures/import");
    const files = [join(fixtures, "catalogue.yaml"), join(fixtures, "values.csv")];
    expect((await run(["import", "--by", "lan", ...files], other)).code).toBe(EXIT.ok);
    const before = (await run(["user", "list"], other)).out.join("\n");
    const again = await run(["demo", "--no-serve"], other);
    expect(again.code).toBe(EXIT.failed);
    expect(again.err[0]).toMatch(/dữ liệu thật \(số liệu do "lan" nhập hoặc sửa\)/);
    expect((await run(["user", "list"], other)).out.join("\n")).toBe(before);
    const units = await run(["units", "--format", "csv"], other);
    expect(units.out.join("\n")).not.toMatch(/NGA_NAM/);
  });

  it("names the file, folder, database, unit or port it cannot use, in one Vietnamese line", async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, "ok.db")}` };
    expect((await run(["migrate", "--create"], env)).code).toBe(EXIT.ok);
    const cases: [string[], Record<string, string>, string][] = [
      [
        ["import", join(dir, "khong-co.csv")],
        env,
        `Không đọc được ${join(dir, "khong-co.csv")}: không tìm thấy tệp.`,
      ],
      [
        ["tasks", "--unit", "NOPE"],
        env,
        'Không có đơn vị mã "NOPE" (xem danh sách mã bằng lệnh baocao units).',
      ],
      [
        ["user", "list"],
        { DATABASE_URL: `sqlite:${join(dir, "khong-phai.db")}` },
        `Tệp "${join(dir, "khong-phai.db")}" không phải cơ sở dữ liệu SQLite (có đặt nhầm DATABASE_URL không?); không có gì bị thay đổi.`,
      ],
    ];
    writeFileSync(
      join(dir, "khong-phai.db"),
      "đây là một tệp văn bản, không phải cơ sở dữ liệu\n".repeat(20),
    );
    for (const [args, envOf, message] of cases) {
      const result = await run(args, envOf);
      expect(result.code, args.join(" ")).toBe(EXIT.failed);
      expect(result.err, args.join(" ")).toEqual([`Lỗi: ${message}`]);
    }
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as AddressInfo).port;
    const busy = await run(["serve", "--port", String(port), "--no-reminders"], env);
    taken.close();
    expect(busy.code).toBe(EXIT.failed);
    expect(busy.err).toEqual([
      `Lỗi: Không mở được cổng 127.0.0.1:${port}: đang có chương trình khác dùng (một baocao khác đang chạy?); chọn cổng khác bằng --port.`,
    ]);
  });

  it("creates the first administrator with init, once, over a unit that exists", async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, "new.db")}` };
    const init = (unit: string) =>
      runCli(["init", "--unit", unit, "--password-stdin"], env, { stdin: "mat-khau-quan-tri" });
    expect((await run(["migrate", "--create"], env)).code).toBe(EXIT.ok);
    const noUnits = await init("XA_MOI");
    expect(noUnits.code).toBe(EXIT.failed);
    expect(noUnits.err[0]).toMatch(/^Lỗi: Chưa có đơn vị mã "XA_MOI". .*--unit-name "Tên đơn vị"/);
    expect((await run(["user", "list", "--format", "json"], env)).out.join("")).toBe("[]");
    const fixtures = join(import.meta.dirname, "../fixtures/import");
    expect((await run(["import", join(fixtures, "catalogue.yaml")], env)).code).toBe(EXIT.ok);
    const root = (await run(["units", "--format", "csv"], env)).out[1]?.split(",")[0] ?? "";
    const made = await init(root);
    expect(made.code).toBe(EXIT.ok);
    expect(made.out[0]).toBe(
      `Đã tạo quản trị viên "quantri" trên ${root}. Chạy baocao serve rồi đăng nhập; các tài khoản khác tạo trên màn hình Tài khoản (/users).`,
    );
    const list = (await run(["user", "list", "--format", "json"], env)).out.join("\n");
    expect(JSON.parse(list)).toEqual([
      expect.objectContaining({ username: "quantri", grants: [{ role: "admin", unit: root }] }),
    ]);
    const again = await init(root);
    expect(again.code).toBe(EXIT.failed);
    expect(again.err[0]).toMatch(/^Lỗi: Cơ sở dữ liệu đã có tài khoản/);
  });

  it("creates the root unit and the first administrator with init on a database with no units", async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, "empty.db")}` };
    expect((await run(["migrate", "--create"], env)).code).toBe(EXIT.ok);
    const args = ["init", "--unit", "XA_MOI", "--unit-name", "Xã Mới", "--password-stdin"];
    // A refused account (a malformed username) leaves no unit behind.
    const refused = await runCli([...args, "--username", "Quản Trị"], env, {
      stdin: "mat-khau-quan-tri",
    });
    expect(refused.code).toBe(EXIT.failed);
    expect((await run(["units", "--format", "csv"], env)).out.slice(1)).toEqual([]);
    const badDate = await runCli([...args, "--from", "2026-02-30"], env, {
      stdin: "mat-khau-quan-tri",
    });
    expect(badDate.code).toBe(EXIT.failed);
    expect(badDate.err[0]).toMatch(/^Lỗi: Ngày không hợp lệ: "2026-02-30"/);

    const made = await runCli([...args, "--unit-kind", "xa", "--from", "2026-01-01"], env, {
      stdin: "mat-khau-quan-tri",
    });
    expect(made.err).toEqual([]);
    expect(made.code).toBe(EXIT.ok);
    expect(made.out[0]).toBe(
      'Đã tạo quản trị viên "quantri" trên đơn vị gốc mới XA_MOI (Xã Mới). Chạy baocao serve rồi đăng nhập; các tài khoản khác tạo trên màn hình Tài khoản (/users).',
    );
    const units = JSON.parse((await run(["units", "--format", "json"], env)).out.join("\n"));
    expect(units).toEqual([
      expect.objectContaining({ code: "XA_MOI", nameVi: "Xã Mới", kind: "commune" }),
    ]);
    const list = (await run(["user", "list", "--format", "json"], env)).out.join("\n");
    expect(JSON.parse(list)).toEqual([
      expect.objectContaining({ username: "quantri", grants: [{ role: "admin", unit: "XA_MOI" }] }),
    ]);
    const again = await runCli(args, env, { stdin: "mat-khau-quan-tri" });
    expect(again.code).toBe(EXIT.failed);
    expect(again.err[0]).toMatch(/^Lỗi: Cơ sở dữ liệu đã có tài khoản/);
  });

  it("refuses a malformed --trust-proxy in one Vietnamese line, before opening the database", async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, "proxy.db")}` };
    const refused = await run(["serve", "--trust-proxy", "nginx"], env);
    expect(refused.code).toBe(EXIT.failed);
    expect(refused.err).toEqual([
      expect.stringMatching(/^Lỗi: Giá trị tin cậy proxy "nginx" không hợp lệ: ghi số lớp proxy/),
    ]);
    const fromEnv = await run(["serve"], { ...env, BAOCAO_TRUST_PROXY: "10.0.0.0/40" });
    expect(fromEnv.err[0]).toMatch(/"10\.0\.0\.0\/40" không hợp lệ/);
    expect(existsSync(join(dir, "proxy.db"))).toBe(false);
  });

  it("refuses a wrong --log-level or --session-hours in one Vietnamese line, before opening the database", async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, "options.db")}` };
    const level = await run(["serve", "--log-level", "loud"], env);
    expect(level.code).toBe(EXIT.failed);
    expect(level.err).toEqual([
      expect.stringMatching(/^Lỗi: Mức ghi nhật ký "loud" không hợp lệ; dùng một trong: silent,/),
    ]);
    const hours = await run(["demo"], { ...env, BAOCAO_SESSION_HOURS: "0" });
    expect(hours.err).toEqual([
      expect.stringMatching(/^Lỗi: Thời hạn phiên đăng nhập "0" không hợp lệ; cần số giờ/),
    ]);
    expect(existsSync(join(dir, "options.db"))).toBe(false);
  });

  it("names a bad DATABASE_URL in one line and exits 1, without a stack trace", async () => {
    const bad = await run(["migrate"], { DATABASE_URL: "mysql://root:secret@localhost/x" });
    expect(bad.code).toBe(EXIT.failed);
    expect(bad.err).toEqual([
      expect.stringMatching(
        /^Lỗi: DATABASE_URL không hợp lệ: "mysql:\/\/root:\*\*\*@localhost\/x"/,
      ),
    ]);
  });

  it("names an unreachable PostgreSQL in one line, and shows the stack with --debug", async () => {
    const env = { DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" };
    const plain = await run(["migrate"], env);
    expect(plain.code).toBe(EXIT.failed);
    expect(plain.err).toEqual([
      "Lỗi: Không kết nối được PostgreSQL tại postgres://nobody@127.0.0.1:1/none: máy chủ không nhận kết nối (PostgreSQL chưa chạy hoặc sai cổng).",
    ]);
    const debug = await run(["--debug", "migrate"], env);
    expect(debug.err.length).toBe(2);
    expect(debug.err[1]).toMatch(/at /);
  });

  it("runs as the real executable", () => {
    const bin = join(import.meta.dirname, "../../bin/baocao.js");
    expect(execFileSync("node", [bin, "--version"], { encoding: "utf8" }).trim()).toBe(VERSION);
  });

  it("runs an import in a process of its own (bounded heap), keeping its output and exit codes", () => {
    const bin = join(import.meta.dirname, "../../bin/baocao.js");
    const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, "b.db")}` };
    const missing = spawnSync("node", [bin, "import", join(dir, "none.csv")], {
      env,
      encoding: "utf8",
    });
    expect(missing.status).toBe(EXIT.failed);
    expect(missing.stderr).toMatch(/^Lỗi: .*none\.csv/);
    const usage = spawnSync("node", [bin, "import"], { env, encoding: "utf8" });
    expect(usage.status).toBe(EXIT.usage);
  });

  it("ends quietly when the reader of its output stops early (`baocao --help | head -1`)", async () => {
    const bin = join(import.meta.dirname, "../../bin/baocao.js");
    for (const args of [["--help"], ["import", "--help"]]) {
      const child = spawn("node", [bin, ...args], { stdio: ["ignore", "pipe", "pipe"] });
      // The reader is gone before the command writes: its first write meets a closed pipe.
      child.stdout.destroy();
      let stderr = "";
      child.stderr.on("data", (chunk) => {
        stderr += chunk;
      });
      const status = await new Promise((resolve) => child.on("close", resolve));
      expect(stderr).toBe("");
      expect(status).toBe(0);
    }
  });
});
