import { describe, expect, it } from "vitest";
import { hashPassword, hashToVerify, verifyPassword } from "./password.ts";

describe("passwords", () => {
  it("hashes with argon2id (19 MiB, 2 passes) and a fresh salt each time", async () => {
    const first = await hashPassword("baocao2023");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hashPassword("baocao2023")).not.toBe(first);
    expect(await verifyPassword(first, "baocao2023")).toBe(true);
    expect(await verifyPassword(first, "baocao2024")).toBe(false);
    expect(await verifyPassword("not a hash", "baocao2023")).toBe(false);
  });

  // Not timed (timings in tests only measure the machine's load): an unknown account is checked
  // against a real hash made with the same algorithm and parameters, so it costs the same work.
  it("checks an unknown user against a hash of the same cost as a real one", async () => {
    const real = await hashPassword("baocao2023");
    const standIn = await hashToVerify(undefined);
    const costOf = (phc: string) => phc.split("$").slice(0, 4).join("$");
    expect(costOf(standIn)).toBe(costOf(real));
    expect(costOf(standIn)).toBe("$argon2id$v=19$m=19456,t=2,p=1");
    expect(await hashToVerify(real)).toBe(real);
    expect(await verifyPassword(undefined, "baocao2023")).toBe(false);
  });
});
