import { afterEach, beforeEach, expect, it } from "vitest";
import { migrateToLatest, type Store, type SubmissionRecord } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";

const key = { unitCode: "PHUONG_1", regimeCode: "communes_monthly", period: "2023-08" };
const submitted: SubmissionRecord = {
  ...key,
  state: "submitted",
  version: 1,
  reopened: false,
  submittedAt: "2023-08-15T02:00:00.000Z",
  submittedBy: "phuong1",
  updatedAt: "2023-08-15T02:00:00.000Z",
  updatedBy: "phuong1",
};

describeEachEngine("submissions in the store", (fresh) => {
  let store: Store;
  beforeEach(async () => {
    store = await fresh();
    await migrateToLatest(store);
  });
  afterEach(() => store.close());

  it("inserts once and then changes only from the version it was read at", async () => {
    const repo = store.repos.submissions;
    expect(await repo.get(key)).toBeUndefined();
    expect(await repo.put(submitted, 0)).toBe(true);
    expect(await repo.put(submitted, 0)).toBe(false);
    const approved = { ...submitted, state: "approved" as const, version: 2, updatedBy: "lanhdao" };
    expect(await repo.put(approved, 1)).toBe(true);
    expect(await repo.put({ ...approved, state: "returned", version: 3 }, 1)).toBe(false);
    expect(await repo.get(key)).toEqual(approved);
    expect(await repo.list({ unitCodes: ["PHUONG_1"], periods: ["2023-08"] })).toEqual([approved]);
    expect(await repo.list({ unitCodes: [] })).toEqual([]);
    expect(await repo.list({ periods: ["2023-07"] })).toEqual([]);
  });

  it("keeps every change of state with its comment and explanations, oldest first", async () => {
    const repo = store.repos.submissions;
    const base = { ...key, at: "2023-08-15T02:00:00.000Z", comment: "" };
    await store.transaction(async (trx) => {
      await trx.submissions.put(submitted, 0);
      await trx.submissions.addEvent({
        ...base,
        version: 1,
        transition: "submit",
        fromState: "draft",
        toState: "submitted",
        by: "phuong1",
        explanations: [{ rule: "r1", message: "Tăng mạnh", explanation: "Vụ mới" }],
      });
      await trx.submissions.put({ ...submitted, state: "returned", version: 2 }, 1);
      await trx.submissions.addEvent({
        ...base,
        version: 2,
        transition: "return",
        fromState: "submitted",
        toState: "returned",
        by: "lanhdao",
        comment: "Thiếu số lúa",
        explanations: [],
      });
    });
    const events = await repo.events(key);
    expect(events.map((e) => [e.version, e.transition, e.by, e.comment])).toEqual([
      [1, "submit", "phuong1", ""],
      [2, "return", "lanhdao", "Thiếu số lúa"],
    ]);
    expect(events[0]?.explanations).toEqual([
      { rule: "r1", message: "Tăng mạnh", explanation: "Vụ mới" },
    ]);
    const latest = await repo.latestEvents({ unitCodes: ["PHUONG_1"], periods: ["2023-08"] });
    expect(latest.map((e) => e.comment)).toEqual(["Thiếu số lúa"]);
  });
});
