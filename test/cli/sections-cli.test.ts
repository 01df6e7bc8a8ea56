import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/main.ts";
import { runCli } from "../support/run-cli.ts";

// The demo report (Ngã Năm, August 2023) gives "1. Kinh tế" to Phòng Tài chính - Kế hoạch.
const SECTION = ["NGA_NAM", "2023-08", "NN_TCKH"];

describe("baocao sections", () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "baocao-sections-"));
    env = { DATABASE_URL: `sqlite:${join(dir, "demo.db")}` };
    expect((await runCli(["demo", "--no-serve"], env)).code).toBe(EXIT.ok);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const sections = (...args: string[]) => runCli(["sections", ...args], env);

  it("a department writes, sends and is approved from the command line, with the web app's rules", {
    timeout: 120_000,
  }, async () => {
    const listed = await sections("list", "--period", "2023-08", "--as", "tckh");
    expect(listed.code).toBe(EXIT.ok);
    // The demo's department account also reads the town: it sees the report's four sections.
    const rows = JSON.parse(listed.out.join("\n")) as Record<string, unknown>[];
    expect(rows.map((r) => r.owner)).toEqual(["NN_TCKH", "NN_VHTT", "NN_QUAN_SU", "NN_NOI_VU"]);
    expect(rows[0]).toMatchObject({ state: "not_started", version: 0, stateVersion: 0 });

    const shown = await sections("show", ...SECTION, "--as", "tckh");
    expect(shown.code).toBe(EXIT.ok);
    expect(shown.out.join("\n")).toMatch(/^## 1. Kinh tế \{owner=NN_TCKH\}\n/);
    const file = join(dir, "kinh-te.md");
    writeFileSync(file, `${shown.out.join("\n")}\n\nPhòng Tài chính - Kế hoạch bổ sung một câu.\n`);

    const saved = await sections(
      "save",
      ...SECTION,
      file,
      "--as",
      "tckh",
      "--expected-version",
      "0",
    );
    expect(saved.code).toBe(EXIT.ok);
    expect(saved.out.join("\n")).toContain("phiên bản chữ 1");
    const stale = await sections(
      "save",
      ...SECTION,
      file,
      "--as",
      "tckh",
      "--expected-version",
      "0",
    );
    expect(stale.code).not.toBe(EXIT.ok);

    const sent = await sections("submit", ...SECTION, "--as", "tckh", "--expected-version", "0");
    expect(sent.out.join("\n")).toContain(": đã gửi (phiên bản trạng thái 1)");
    const locked = await sections(
      "save",
      ...SECTION,
      file,
      "--as",
      "tckh",
      "--expected-version",
      "1",
    );
    expect(locked.code).not.toBe(EXIT.ok);
    expect(locked.err.join("\n")).toContain("đã gửi");

    // The department cannot approve its own; the office over the town can.
    const own = await sections("approve", ...SECTION, "--as", "tckh", "--expected-version", "1");
    expect(own.code).not.toBe(EXIT.ok);
    const approved = await sections(
      "approve",
      ...SECTION,
      "--as",
      "vanphong",
      "--expected-version",
      "1",
    );
    expect(approved.code).toBe(EXIT.ok);
    expect(approved.out.join("\n")).toContain(": đã duyệt (phiên bản trạng thái 2)");
    const after = await sections("show", ...SECTION, "--as", "vanphong");
    expect(after.out.join("\n")).toContain("Phòng Tài chính - Kế hoạch bổ sung một câu.");

    // `baocao report` composes the town's stored report as the web does: the approved text in.
    const out = join(dir, "bao-cao.md");
    const report = await runCli(
      ["report", "-u", "NGA_NAM", "-p", "2023-08", "-f", "md", "-o", out],
      env,
    );
    expect(report.code).toBe(EXIT.ok);
    expect(readFileSync(out, "utf8")).toContain("Phòng Tài chính - Kế hoạch bổ sung một câu.");
    // The three sections still with the office are said, the approved one is not.
    const pending = report.err.filter((l) => l.startsWith("Cảnh báo [section_not_approved]: "));
    expect(pending).toHaveLength(3);
    expect(pending.join("\n")).not.toContain("Tài chính - Kế hoạch");
  });
});
