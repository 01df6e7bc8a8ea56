import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/main.ts";
import { openStore } from "../../src/store/index.ts";
import { addAccounts } from "../auth/fixture.ts";
import { clerk, townEngine } from "../engine/fixture.ts";
import { wardsMonthly } from "../submissions/fixture.ts";
import { runCli } from "../support/run-cli.ts";

describe("baocao submissions", () => {
  let dir: string;
  let env: Record<string, string>;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "baocao-cycle-cli-"));
    const path = join(dir, "baocao.db");
    env = { DATABASE_URL: `sqlite:${path}` };
    const store = await openStore({ engine: "sqlite", path });
    // The clock of the setup only stamps the value; the CLI's clock is the real one, so the
    // regime has no lock date and the period is far ahead.
    const engine = await townEngine(store);
    const regime = wardsMonthly({
      reportingUnits: ["PNN", "LB2"],
      indicators: ["received", "resolved"],
    });
    await engine.import({ regimes: [regime] }, { by: "system", via: "system" });
    await engine.write(
      [{ indicator: "received", unit: "PNN", period: "2099-08", value: 10 }],
      clerk,
    );
    await addAccounts(store, [
      {
        username: "p1",
        displayName: "Cán bộ Phường Ngã Năm",
        grants: [{ role: "reporter", unit: "PNN" }],
      },
      {
        username: "lanhdao",
        displayName: "Lãnh đạo thị xã",
        grants: [{ role: "approver", unit: "ST" }],
      },
    ]);
    await store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("lists, submits and approves with the account's rights, and an import then obeys the lock", async () => {
    const list = await runCli(["submissions", "list", "--period", "2099-08", "--as", "p1"], env);
    expect(list.code).toBe(EXIT.ok);
    expect(
      JSON.parse(list.out.join("\n")).map((r: Record<string, unknown>) => [
        r.unit,
        r.state,
        r.missing,
      ]),
    ).toEqual([["PNN", "draft", 1]]);

    const approveOwn = await runCli(
      [
        "submissions",
        "approve",
        "wards_monthly",
        "PNN",
        "2099-08",
        "--as",
        "p1",
        "--expected-version",
        "0",
      ],
      env,
    );
    expect(approveOwn.code).toBe(EXIT.failed);
    expect(approveOwn.err.join("\n")).toMatch(/không có quyền duyệt, trả lại báo cáo của PNN/);

    const submit = await runCli(
      [
        "submissions",
        "submit",
        "wards_monthly",
        "PNN",
        "2099-08",
        "--as",
        "p1",
        "--expected-version",
        "0",
      ],
      env,
    );
    expect(submit.out).toEqual(["Báo cáo wards_monthly của PNN kỳ 2099-08: đã gửi (phiên bản 1)."]);

    const csv = join(dir, "so-lieu.csv");
    writeFileSync(
      csv,
      "unit,indicator,period,value\nLB2,received,2099-08,3\nPNN,resolved,2099-08,4\n",
    );
    const imported = await runCli(["import", csv], env);
    expect(imported.code).toBe(EXIT.failed);
    expect(imported.err.join("\n")).toMatch(/của PNN tháng 8\/2099 không sửa được.*đã gửi/);
    const after = await runCli(["submissions", "list", "--period", "2099-08"], env);
    expect(
      JSON.parse(after.out.join("\n")).map((r: Record<string, unknown>) => [r.unit, r.state]),
    ).toEqual([
      ["LB2", "not_started"],
      ["PNN", "submitted"],
    ]);

    const approve = await runCli(
      [
        "submissions",
        "approve",
        "wards_monthly",
        "PNN",
        "2099-08",
        "--as",
        "lanhdao",
        "--expected-version",
        "1",
      ],
      env,
    );
    expect(approve.out).toEqual([
      "Báo cáo wards_monthly của PNN kỳ 2099-08: đã duyệt (phiên bản 2).",
    ]);
  });
});
