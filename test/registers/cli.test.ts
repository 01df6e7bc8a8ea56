import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/main.ts";
import { runCli } from "../support/run-cli.ts";
import { REGISTER_FILES } from "./fixture.ts";

const fixtures = join(import.meta.dirname, "../fixtures/registers");

describe("baocao tasks and baocao task", () => {
  let dir: string;
  let env: Record<string, string>;
  const run = (...args: string[]) => runCli(args, env);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "baocao-tasks-"));
    env = { DATABASE_URL: `sqlite:${join(dir, "baocao.db")}` };
    const files = ["catalogue.yaml", ...REGISTER_FILES].map((f) => join(fixtures, f));
    expect((await run("import", ...files)).code).toBe(EXIT.ok);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists a month's tasks with their computed status", async () => {
    const listed = await run(
      "tasks",
      "--period",
      "2023-09",
      "--as-of",
      "2023-10-01",
      "--format",
      "json",
    );
    expect(listed.code).toBe(EXIT.ok);
    const rows = JSON.parse(listed.out.join("\n")) as { id: string; status: string; due: string }[];
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      ["2023-09-T01", "overdue"],
      ["2023-09-T02", "overdue"],
      ["2023-09-T03", "overdue"],
      ["2023-09-T04", "overdue"],
      ["2023-09-T05", "overdue"],
    ]);
    const table = await run(
      "tasks",
      "--unit",
      "NN_TCKH",
      "--as-of",
      "2023-09-20",
      "--format",
      "table",
    );
    expect(table.out[0]).toMatch(/^Mã\s+Trạng thái\s+Hạn\s+Chủ trì/);
    expect(table.out[1]).toMatch(/^2023-09-T03\s+mới giao\s+2023-09-30\s+NN_TCKH/);
    expect(table.err).toEqual(["2 nhiệm vụ: 1 mới giao, 1 đang thực hiện."]);
  });

  it("sets a status with a note, and refuses a stale version and a hand-set overdue", async () => {
    const done = await run(
      "task",
      "2023-09-T01",
      "--status",
      "done",
      "--note",
      "Đã ban hành kế hoạch",
      "--date",
      "2023-09-25",
      "--by",
      "phong-kinh-te",
    );
    expect(done).toMatchObject({
      code: EXIT.ok,
      out: ["Nhiệm vụ 2023-09-T01: hoàn thành (phiên bản 2)."],
    });
    const stale = await run(
      "task",
      "2023-09-T01",
      "--status",
      "in_progress",
      "--expected-version",
      "1",
    );
    expect(stale.code).toBe(EXIT.failed);
    expect(stale.err[0]).toMatch(
      /^Lỗi: .*vừa được người khác cập nhật: bản hiện tại là phiên bản 2 \(phong-kinh-te/,
    );
    const overdue = await run("task", "2023-09-T02", "--status", "overdue");
    expect(overdue.code).toBe(EXIT.failed);
    expect(overdue.err[0]).toMatch(/được tính từ hạn hoàn thành, không nhập/);
    const csv = await run(
      "tasks",
      "--period",
      "2023-09",
      "--as-of",
      "2023-10-01",
      "--format",
      "csv",
    );
    expect(csv.out[0]).toBe("id,status,due,lead,sector,setBy,version,text");
    expect(csv.out[1]).toMatch(/^2023-09-T01,done,2023-09-30,NN_KINH_TE,economy,2023-08,2,/);
  });
});
