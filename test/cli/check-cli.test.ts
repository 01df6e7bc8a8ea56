import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATE } from "../../src/cli/compose-for-cli.ts";
import { EXIT } from "../../src/cli/main.ts";
import { runCli } from "../support/run-cli.ts";

describe("baocao check", () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "baocao-check-"));
    env = { DATABASE_URL: `sqlite:${join(dir, "demo.db")}` };
    expect((await runCli(["demo", "--no-serve"], env)).code).toBe(EXIT.ok);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const check = (...args: string[]) =>
    runCli(["check", "-u", "NGA_NAM", "-p", "2023-08", "--today", "2023-09-05", ...args], env);

  it("prints the reference report's checks, one per line, with its two known inconsistencies", async () => {
    const result = await check();
    // Only warnings: the report could be issued, so the exit code is 0.
    expect(result.code).toBe(EXIT.ok);
    expect(result.err).toEqual([]);
    expect(result.out.length).toBeGreaterThan(0);
    for (const line of result.out) expect(line).toMatch(/^(Lỗi|Cảnh báo|Lưu ý) \[[a-z_]+\]: \S/u);
    const text = result.out.join("\n");
    expect(text).toMatch(/Cảnh báo \[parts_mismatch\]: .*829 \+ 24 = 853, lớn hơn tổng số 852/u);
    expect(text).toMatch(/\[validation\]: .*101%.*6\.524\/6\.422/u);
    expect(text).not.toMatch(/\[typed_number\]/u);
  });

  it("exits 1 when a check is an error, after printing it", async () => {
    const template = join(dir, "mau.md");
    const base = readFileSync(DEFAULT_TEMPLATE, "utf8");
    writeFileSync(
      template,
      `${base}\nChỉ tiêu lạ {{ no_such_code }}; thu ngân sách 25.465 triệu đồng.\n`,
    );
    const result = await check("-t", template);
    expect(result.code).toBe(EXIT.failed);
    expect(result.out.filter((l) => l.startsWith("Lỗi [unresolved_figure]: "))).toHaveLength(1);
    const typed = result.out.filter((l) => l.startsWith("Cảnh báo [typed_number]: "));
    expect(typed).toHaveLength(1);
    expect(typed[0]).toMatch(/Số "25\.465" được gõ tay, .*thu ngân sách 25\.465 triệu đồng/u);
    expect(result.err).toEqual(["Lỗi: Báo cáo còn 1 lỗi kiểm tra, cần sửa trước khi ban hành."]);
  });

  it("reports from the unit's own template in the database, printing the same checks", async () => {
    const out = join(dir, "bao-cao.md");
    const report = await runCli(
      ["report", "-u", "NGA_NAM", "-p", "2023-08", "-f", "md", "-o", out],
      env,
    );
    expect(report.code).toBe(EXIT.ok);
    expect(report.out).toEqual([`Đã ghi ${out}.`]);
    expect(readFileSync(out, "utf8")).toContain("ỦY BAN NHÂN DÂN THỊ XÃ NGÃ NĂM");
    for (const line of report.err) expect(line).toMatch(/^(Lỗi|Cảnh báo|Lưu ý) \[[a-z_]+\]: \S/u);
    expect(report.err.join("\n")).toMatch(/\[parts_mismatch\]: .*829 \+ 24 = 853/u);
    // A month without its own report is composed from the newest one, as the web carries it.
    const july = await runCli(["check", "-u", "NGA_NAM", "-p", "2023-07"], env);
    expect(july.out.join("\n")).toMatch(/\[section_not_approved\]: Phần “1. Kinh tế”/u);
  });

  it("refuses a unit without a template of its own, naming those that have one", async () => {
    const out = join(dir, "phuong.md");
    const result = await runCli(
      ["report", "-u", "PHUONG_1", "-p", "2023-08", "-f", "md", "-o", out],
      env,
    );
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toEqual([
      "Lỗi: Đơn vị PHUONG_1 chưa có mẫu báo cáo trong cơ sở dữ liệu (đơn vị đã có mẫu: NGA_NAM). Soạn mẫu trên màn hình Báo cáo hoặc chỉ tệp mẫu bằng --template.",
    ]);
    expect(existsSync(out)).toBe(false);
    // With a template named, the ward's report is composed under the ward's own name.
    const named = await runCli(
      ["report", "-u", "PHUONG_1", "-p", "2023-08", "-f", "md", "-o", out, "-t", DEFAULT_TEMPLATE],
      env,
    );
    expect(named.code).toBe(EXIT.ok);
  });

  it("checks the sentences of any report file: the original reference report's two inconsistencies", async () => {
    const file = join(import.meta.dirname, "../fixtures/reference/bao-cao-thang-8-2023.txt");
    const result = await runCli(["check", file], env);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toEqual([
      expect.stringMatching(
        /^Cảnh báo \[parts_mismatch\]: .*bao-cao-thang-8-2023\.txt, đoạn \d+: .*829 \+ 24 = 853, lớn hơn tổng số 852/u,
      ),
      expect.stringMatching(
        /^Cảnh báo \[ratio_mismatch\]: .*, đoạn \d+: .*6524\/6422 = 101,59%, làm tròn là 102%, nhưng ghi 101%/u,
      ),
    ]);
    // A Word file as offices send it: the report baocao writes, read back paragraph by paragraph.
    const docx = join(dir, "bao-cao.docx");
    await runCli(["report", "-u", "NGA_NAM", "-p", "2023-08", "-o", docx], env);
    const fromWord = await runCli(["check", docx], env);
    expect(fromWord.code).toBe(EXIT.ok);
    expect(fromWord.out.join("\n")).toMatch(
      /\[parts_mismatch\]: .*bao-cao\.docx, đoạn \d+: .*829 \+ 24 = 853/u,
    );
    expect(fromWord.out.join("\n")).not.toMatch(/typed_number/u);

    const clean = join(dir, "sach.md");
    writeFileSync(
      clean,
      "Thu ngân sách 120 triệu đồng, trong đó thuế 70 triệu đồng, phí 50 triệu đồng.\n",
    );
    expect(await runCli(["check", clean], env)).toMatchObject({
      code: EXIT.ok,
      out: [],
      err: ["Không thấy số liệu nào mâu thuẫn trong các câu."],
    });
    expect(await runCli(["check", join(dir, "khong-co.docx")], env)).toMatchObject({
      code: EXIT.failed,
      err: [`Lỗi: Không đọc được ${join(dir, "khong-co.docx")}: không tìm thấy tệp.`],
    });
    expect(await runCli(["check", clean, "-u", "NGA_NAM"], env)).toMatchObject({
      code: EXIT.usage,
    });
    expect(await runCli(["check", "-u", "NGA_NAM"], env)).toMatchObject({
      code: EXIT.usage,
      err: [
        "Lỗi: Cần -u, --unit và -p, --period (hoặc đưa tệp báo cáo cần kiểm tra). Xem hướng dẫn: baocao check --help",
      ],
    });
  });

  it("names a wrong unit, and explains itself in Vietnamese", async () => {
    const wrong = await runCli(["check", "-u", "KHONG_CO", "-p", "2023-08"], env);
    expect(wrong.code).toBe(EXIT.failed);
    expect(wrong.err[0]).toMatch(/^Lỗi: Không có đơn vị mã "KHONG_CO"/u);
    const help = await runCli(["check", "--help"], env);
    expect(help.code).toBe(EXIT.ok);
    expect(help.out.join("\n")).toMatch(/Kiểm tra báo cáo[\s\S]*--unit[\s\S]*--template/u);
  });
});
