import { afterEach, beforeEach, expect, it } from "vitest";
import type { Engine } from "../../src/engine/index.ts";
import { locateImportError, readImportFiles } from "../../src/formats/index.ts";
import type { Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { fixture, importer, problemsOf, registerEngine } from "./fixture.ts";

describeEachEngine("registers: import errors name file, row and column", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    engine = await registerEngine(store);
  });
  afterEach(() => store.close());

  /** Every register table's rows, to show a failed import changed nothing. */
  const snapshot = async () => {
    const tables = [
      "projects",
      "capital_plans",
      "commitments",
      "disbursements",
      "site_clearance",
      "tasks",
      "task_progress",
      "register_audit",
      "data_values",
    ] as const;
    const rows: Record<string, unknown[]> = {};
    for (const table of tables)
      rows[table] = await store.db.selectFrom(table).selectAll().execute();
    return rows;
  };

  it("refuses a duplicate project code, a negative amount and an unknown unit, writing nothing", async () => {
    const before = await snapshot();
    expect(await problemsOf(engine, [fixture("projects-duplicate.csv")])).toEqual([
      ["projects-duplicate.csv", 4, 1, "register.duplicate"],
    ]);
    expect(await problemsOf(engine, [fixture("disbursements-negative.csv")])).toEqual([
      ["disbursements-negative.csv", 3, 5, "register.negative"],
    ]);
    expect(await problemsOf(engine, [fixture("projects-unknown-unit.csv")])).toEqual([
      ["projects-unknown-unit.csv", 3, 4, "register.unknown_unit"],
    ]);
    // One bad file among good ones: the good ones are not written either.
    expect(
      await problemsOf(engine, [fixture("projects-duplicate.csv"), fixture("tasks.csv")]),
    ).toEqual([["projects-duplicate.csv", 4, 1, "register.duplicate"]]);
    expect(await snapshot()).toEqual(before);
  });

  it("names the cell in the message", async () => {
    const { bundle, origins } = readImportFiles([fixture("disbursements-negative.csv")]);
    const error = await engine
      .import(bundle, importer)
      .catch((e: unknown) => locateImportError(e, origins));
    expect((error as Error).message).toBe(
      "tệp disbursements-negative.csv, dòng 3, cột 5 (amount_trieu_dong): Số giải ngân không được âm (nhận được -35).",
    );
  });

  it("reports a malformed number before anything else, then every row the engine refuses", async () => {
    const bad = fixture("site-clearance-bad.csv");
    expect(await problemsOf(engine, [bad])).toEqual([
      // "4.987.511.306" is written the Vietnamese way in a file that writes "17.5" the English way.
      ["site-clearance-bad.csv", 4, 6, "import.mixed_number_styles"],
    ]);
    const fixed = { ...bad, text: bad.text.replace('"4.987.511.306"', "4987511306") };
    expect(await problemsOf(engine, [fixed])).toEqual([
      ["site-clearance-bad.csv", 3, 1, "register.unknown_project"],
      ["site-clearance-bad.csv", 4, 4, "register.invalid_number"],
    ]);
  });

  it("refuses a task status set to overdue (it is computed) and an unknown sector", async () => {
    expect(await problemsOf(engine, [fixture("tasks-overdue-status.csv")])).toEqual([
      ["tasks-overdue-status.csv", 3, 6, "register.computed_status"],
      ["tasks-overdue-status.csv", 4, 3, "register.invalid_choice"],
    ]);
  });

  it("refuses unknown and missing columns in the header", async () => {
    const projects = fixture("projects-duplicate.csv");
    const renamed = { ...projects, text: projects.text.replace("owner_unit", "chu_dau_tu") };
    expect(await problemsOf(engine, [renamed])).toEqual([
      ["projects-duplicate.csv", 1, 4, "import.unknown_column"],
    ]);
    const noName = {
      ...projects,
      text: projects.text.replace("name_vi,", "").replace(/,Đường[^,]*,/g, ","),
    };
    expect((await problemsOf(engine, [noName]))[0]?.[3]).toBe("import.unknown_register");
  });
});
