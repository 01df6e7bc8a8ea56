import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ColumnTable } from "../../src/store/dialect/dialect.ts";
import {
  CopyingClient,
  CopyRows,
  copyField,
} from "../../src/store/dialect/postgres/copy-client.ts";
import type { Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { postgresSkipReason, postgresUrl } from "../support/postgres-env.ts";

const PROBE: ColumnTable = {
  table: "append_probe",
  columns: [
    ["k", "integer"],
    ["t", "text"],
    ["d", "double precision"],
  ],
};

/** Text COPY's format gives a meaning to, and text it does not. */
const TEXTS = [
  "a\tb",
  "dòng 1\ndòng 2",
  "cr\r\nlf",
  "back\\slash",
  "\\N",
  "",
  'Số liệu "ước", {1,2}',
  "ghi chú: số liệu",
];
const DOUBLES = [0.1 + 0.2, -0, 1e-300, 123456789.123, -5, 2 ** 53 + 2];

/** `n` rows (key, text, double), nulls among them. */
function probeRows(n: number, offset = 0): [number[], (string | null)[], (number | null)[]] {
  const k: number[] = [];
  const t: (string | null)[] = [];
  const d: (number | null)[] = [];
  for (let i = 0; i < n; i++) {
    k.push(offset + i);
    t.push(i % 11 === 10 ? null : (TEXTS[i % TEXTS.length] as string));
    d.push(i % 13 === 12 ? null : (DOUBLES[i % DOUBLES.length] as number) * (i + 1));
  }
  return [k, t, d];
}

describeEachEngine("appending rows in bulk", (fresh) => {
  let store: Store;
  beforeEach(async () => {
    store = await fresh();
    await sql`create table append_probe (k integer primary key, t text, d double precision)`.execute(
      store.db,
    );
  });
  afterEach(() => store.close());

  const readBack = async () => {
    const { rows } = await sql<{
      k: number;
      t: string | null;
      d: number | null;
    }>`select k, t, d from append_probe order by k`.execute(store.db);
    return [rows.map((r) => r.k), rows.map((r) => r.t), rows.map((r) => r.d)];
  };

  it("stores every row exactly, many at once (COPY on PostgreSQL) and a few", async () => {
    const many = probeRows(1500);
    const few = probeRows(7, 1500);
    await store.db.transaction().execute(async (trx) => {
      await store.dialect.appendRows(trx, PROBE, many);
      await store.dialect.appendRows(trx, PROBE, few);
    });
    const [k, t, d] = await readBack();
    expect(k).toEqual([...many[0], ...few[0]]);
    expect(t).toEqual([...many[1], ...few[1]]);
    // -0 reads back as 0 on both engines; every other double exactly.
    expect(d).toEqual([...many[2], ...few[2]].map((x) => (Object.is(x, -0) ? 0 : x)));
  });

  it("appends only the rows asked for", async () => {
    await store.db.transaction().execute(async (trx) => {
      await store.dialect.appendRows(trx, PROBE, probeRows(2000), 600, 1800);
    });
    const [k] = await readBack();
    expect(k).toEqual(probeRows(2000)[0].slice(600, 1800));
  });

  it("writes nothing when a row fails, and the store works on", async () => {
    const rows = probeRows(1200);
    rows[0][900] = 5; // a key taken earlier in the same rows
    const failure = await store.db
      .transaction()
      .execute(async (trx) => {
        await store.dialect.appendRows(trx, PROBE, probeRows(10, 5000));
        await store.dialect.appendRows(trx, PROBE, rows);
      })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    // Told apart as a taken key, as a plain insert's failure is (a conflict for the writer).
    expect(store.dialect.failureOf(failure)).toBe("unique");
    expect((await readBack())[0]).toEqual([]);
    await store.db.transaction().execute(async (trx) => {
      await store.dialect.appendRows(trx, PROBE, probeRows(800));
    });
    expect((await readBack())[0]).toHaveLength(800);
  });
});

describe("COPY's text format", () => {
  it("escapes what COPY reads specially, and nothing else", () => {
    expect(copyField(null)).toBe("\\N");
    expect(copyField("\\N")).toBe("\\\\N");
    expect(copyField("a\tb\nc\rd\\e")).toBe("a\\tb\\nc\\rd\\\\e");
    expect(copyField('Xã 1, "ước"')).toBe('Xã 1, "ước"');
    expect(copyField(0.30000000000000004)).toBe("0.30000000000000004");
  });
});

describe("CopyingClient", () => {
  if (postgresSkipReason) {
    it.skip(postgresSkipReason, () => {});
    return;
  }
  it("runs a statement whose one parameter is CopyRows as COPY, other statements as usual", async () => {
    const client = new CopyingClient({ connectionString: postgresUrl as string });
    await client.connect();
    try {
      await client.query("create temporary table copy_probe (k integer, t text)");
      const result = await client.query("copy copy_probe (k, t) from stdin", [
        new CopyRows([
          [1, 2, 3],
          ["một", null, "a\tb"],
        ]),
      ]);
      expect(result.command).toBe("COPY");
      expect(result.rowCount).toBe(3);
      const { rows } = await client.query(
        "select k, t from copy_probe where k >= $1 order by k",
        [2],
      );
      expect(rows).toEqual([
        { k: 2, t: null },
        { k: 3, t: "a\tb" },
      ]);
    } finally {
      await client.end();
    }
  });
});
