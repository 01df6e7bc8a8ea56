import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm) with OWASP's first recommended setting: 19 MiB,
// 2 passes, one lane — about 20–40 ms per hash on a server, slow enough for an offline attacker.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Longer passwords are refused (argon2 would accept megabytes; nobody types that many). */
export const MAX_PASSWORD_LENGTH = 1024;

/** Hashes a password with argon2id; the PHC string carries its own salt and parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * A hash of a random password with the same parameters, to verify against when the account does
 * not exist, so "no such user" takes as long as "wrong password" and names cannot be probed.
 */
function dummy(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString("base64url"));
  return dummyHash;
}

/** Prepares the dummy hash ahead of the first login (the first unknown-user check would pay twice). */
export async function warmUpPasswords(): Promise<void> {
  await dummy();
}

/** The stored hash, or for an unknown account the dummy one with the same parameters. */
export async function hashToVerify(passwordHash: string | undefined): Promise<string> {
  return passwordHash ?? (await dummy());
}

/**
 * True when `password` matches `passwordHash`. With no hash (unknown user) it still runs one
 * argon2id verification and answers false. A malformed stored hash answers false.
 */
export async function verifyPassword(
  passwordHash: string | undefined,
  password: string,
): Promise<boolean> {
  const target = await hashToVerify(passwordHash);
  let ok: boolean;
  try {
    ok = await verify(target, password);
  } catch {
    ok = false;
  }
  return ok && passwordHash !== undefined;
}
