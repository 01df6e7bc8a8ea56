/** YAML's one-letter escapes of a double-quoted scalar, and what each stands for. */
const SIMPLE: Readonly<Record<string, string>> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  "\t": "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xa0",
  L: "\u2028",
  P: "\u2029",
};
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/**
 * The text of a one-line YAML double-quoted scalar (`"…"`, quotes included), by YAML 1.2's escape
 * rules (a superset of JSON's, so `JSON.stringify` output reads back exactly). Written here rather
 * than through the YAML library so the front matter's reader has no dependency and the web app
 * can use the same reader; undefined for an escape YAML does not have.
 */
export function readDoubleQuoted(quoted: string): string | undefined {
  let out = "";
  for (let i = 1; i < quoted.length - 1; i++) {
    const c = quoted[i] as string;
    if (c !== "\\") {
      out += c;
      continue;
    }
    const next = quoted[++i] ?? "";
    const simple = SIMPLE[next];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const length = HEX_LENGTH[next];
    const hex = length === undefined ? "" : quoted.slice(i + 1, i + 1 + length);
    if (length === undefined || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length)
      return undefined;
    const code = Number.parseInt(hex, 16);
    if (code > 0x10ffff) return undefined;
    out += String.fromCodePoint(code);
    i += length;
  }
  return out;
}
