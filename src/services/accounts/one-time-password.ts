import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: the code is read aloud or copied from a screen to a piece of paper.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const LENGTH = 12;

/**
 * A one-time password for a new account or a reset: 12 characters from 31 (about 59 bits), shown
 * once to the administrator; the account must replace it at its next sign-in.
 * @example oneTimePassword() // "k7mq-x2hv-9tpa"
 */
export function oneTimePassword(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join("")).join("-");
}
