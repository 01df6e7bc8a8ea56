import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { EXIT } from "../../src/cli/main.ts";
import { describeEachEngine } from "../support/engines.ts";
import { runCli } from "../support/run-cli.ts";
import { type ApiFixture, openApiFixture } from "./api-fixture.ts";

describeEachEngine(
  "baocao push: a spreadsheet's values to a server, through the typed client",
  (fresh) => {
    let f: ApiFixture;
    let url: string;
    let dir: string;

    beforeAll(async () => {
      f = await openApiFixture(fresh);
      url = await f.app.listen({ port: 0, host: "127.0.0.1" });
      dir = mkdtempSync(join(tmpdir(), "baocao-push-"));
    }, 120_000);
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await f.close();
    });

    const push = async (user: string, csv: string, password = "baocao2023") => {
      const file = join(dir, `${user}-${Date.now()}.csv`);
      writeFileSync(file, csv);
      return runCli(
        ["push", file, "--server", url, "--user", user, "--password-stdin"],
        {},
        { stdin: `${password}\n` },
      );
    };
    const stored = async (indicator: string) =>
      (
        await f.engine.storedValues({
          unitCodes: ["PHUONG_1"],
          periods: ["2023-08"],
          indicatorCodes: [indicator],
        })
      )[0]?.value;

    it("sends a ward's values as its reporter, with the server's versions", async () => {
      const csv =
        "unit,indicator,period,disaggregation,value,status,note\nPHUONG_1,jobs_created,2023-08,,55,official,\nPHUONG_1,mediation_cases,2023-08,,4,official,\n";
      const result = await push("phuong1", csv);
      expect(result.code).toBe(EXIT.ok);
      // 4 cases against 1 settled + 1 not: saved, and the rule's warning is shown.
      expect(result.err).toEqual([
        expect.stringMatching(/^Cảnh báo \(justice\.mediation_balance\)/),
      ]);
      expect(result.out[0]).toMatch(/Đã gửi 2 giá trị/);
      expect(await stored("jobs_created")).toBe(55);
      expect(await stored("mediation_cases")).toBe(4);
      const history = await f.engine.valueHistory({
        indicatorCode: "jobs_created",
        unitCode: "PHUONG_1",
        period: "2023-08",
        disaggregation: "",
      });
      expect(history.at(-1)).toMatchObject({ by: "phuong1", newValue: 55 });
    });

    it("refuses another commune's values and a wrong password, writing nothing", async () => {
      const csv = "unit,indicator,period,value\nPHUONG_1,jobs_created,2023-08,66\n";
      const denied = await push("xa1", csv);
      expect(denied.code).toBe(EXIT.failed);
      expect(denied.err.join("\n")).toMatch(/không có quyền/);
      const wrong = await push("phuong1", csv, "sai-mat-khau");
      expect(wrong.code).toBe(EXIT.failed);
      expect(await stored("jobs_created")).toBe(55);
    });
  },
);
