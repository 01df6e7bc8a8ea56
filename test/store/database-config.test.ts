import { describe, expect, it } from "vitest";
import { BaocaoError } from "../../src/core/errors.ts";
import { databaseConfigFrom } from "../../src/store/index.ts";
import { lsn } from "../../src/store/read-replica.ts";

const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof BaocaoError ? error.code : String(error);
  }
  return "no error";
};

describe("the database chosen by DATABASE_URL and DATABASE_READ_URL", () => {
  it("takes a replica for reads beside a PostgreSQL primary", () => {
    expect(
      databaseConfigFrom({
        DATABASE_URL: "postgres://app@db1:5432/baocao",
        DATABASE_READ_URL: " postgres://app@db2:5432/baocao ",
      }),
    ).toEqual({
      engine: "postgres",
      url: "postgres://app@db1:5432/baocao",
      readUrl: "postgres://app@db2:5432/baocao",
    });
    expect(databaseConfigFrom({ DATABASE_URL: "postgres://app@db1/baocao" })).toEqual({
      engine: "postgres",
      url: "postgres://app@db1/baocao",
    });
  });

  it("refuses a replica without PostgreSQL, and one that is not a PostgreSQL URL", () => {
    expect(codeOf(() => databaseConfigFrom({ DATABASE_READ_URL: "postgres://db2/baocao" }))).toBe(
      "config.database_url",
    );
    expect(
      codeOf(() =>
        databaseConfigFrom({ DATABASE_URL: "sqlite:x.db", DATABASE_READ_URL: "postgres://db2/b" }),
      ),
    ).toBe("config.database_url");
    expect(
      codeOf(() =>
        databaseConfigFrom({ DATABASE_URL: "postgres://db1/b", DATABASE_READ_URL: "sqlite:x.db" }),
      ),
    ).toBe("config.database_url");
  });

  it("orders WAL positions by both halves", () => {
    expect(lsn("0/FFFFFFFF") < lsn("1/0")).toBe(true);
    expect(lsn("16/B374D848")).toBe((0x16n << 32n) + 0xb374d848n);
  });
});
