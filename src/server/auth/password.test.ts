import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password.ts";

describe("passwords", () => {
  it("hashes with argon2id (19 MiB, 2 passes) and a fresh salt each time", async () => {
    const first = await hashPassword("baocao2023");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hashPassword("baocao2023")).not.toBe(first);
    expect(await verifyPassword(first, "baocao2023")).toBe(true);
    expect(await verifyPassword(first, "baocao2024")).toBe(false);
    expect(await verifyPassword("not a hash", "baocao2023")).toBe(false);
  });

  it("spends about as long on an unknown user as on a wrong password", async () => {
    const stored = await hashPassword("baocao2023");
    await verifyPassword(undefined, "warm-up");
    const time = async (hash: string | undefined) => {
      const samples: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        expect(await verifyPassword(hash, "sai-mat-khau")).toBe(false);
        samples.push(performance.now() - start);
      }
      return samples.sort((a, b) => a - b)[2] as number;
    };
    const known = await time(stored);
    const unknown = await time(undefined);
    // Same algorithm and parameters: the medians differ by noise only, not by a missing hash.
    expect(unknown / known).toBeGreaterThan(0.5);
    expect(unknown / known).toBeLessThan(2);
  });
});
