import { describe, expect, it } from "vitest";
import { readCsv, streamCsv } from "./read-csv.ts";

/** A small deterministic generator, so a failure names its seed and can be replayed. */
function randomOf(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    return ((s >>> 8) & 0xffff) % n;
  };
}

const BREAKS = ["\n", "\r\n", "\r"];
const CELLS = ["XA_001", "ct_001", "2023-08", "", " 12 ", "1.234", "ghi chú", "a b", "x"];

/** A values-like CSV: a header, rows with any line ending, empty and blank lines, some quotes. */
function csvText(random: (n: number) => number, quotes: boolean, delimiter: string): string {
  const lines = random(4) === 0 ? ["#numbers=vi"] : [];
  lines.push(["unit", "indicator", "period", "value"].join(delimiter));
  // Some files longer than the 64 KiB head the reader detects from, so a quote comes late.
  const count = random(10) === 0 ? 2000 + random(2000) : 1 + random(60);
  for (let i = 0; i < count; i++) {
    const kind = random(12);
    if (kind === 0) lines.push("");
    else if (kind === 1) lines.push("   ");
    else {
      const cells = Array.from({ length: 1 + random(6) }, () => CELLS[random(CELLS.length)] ?? "");
      if (quotes && random(count > 100 ? 800 : 15) === 0)
        cells[random(cells.length)] = `"q${delimiter}uoted"`;
      if (quotes && random(count > 100 ? 4000 : 60) === 0) cells[0] = 'bad"quote';
      lines.push(cells.join(delimiter));
    }
  }
  let text = "";
  for (const line of lines) text += line + (BREAKS[random(BREAKS.length)] ?? "\n");
  return random(3) === 0 ? text.replace(/(\r\n|\n|\r)$/, "") : text;
}

/** The bytes in pieces of random sizes (1 byte to 400), as a file stream might give them. */
async function* piecesOf(bytes: Uint8Array, random: (n: number) => number) {
  for (let at = 0; at < bytes.length; ) {
    const size = 1 + random(400);
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

async function streamed(bytes: Uint8Array, random: (n: number) => number) {
  try {
    const { records } = await streamCsv(piecesOf(bytes, random), "a.csv");
    const all = [];
    for await (const r of records) all.push(r);
    return all;
  } catch (error) {
    return { error: (error as { details?: unknown }).details };
  }
}

function whole(bytes: Uint8Array) {
  try {
    return readCsv(bytes, "a.csv").records;
  } catch (error) {
    return { error: (error as { details?: unknown }).details };
  }
}

describe("streamCsv's split of text without quotes", () => {
  it("gives the records, lines and errors csv-parse gives, whatever the pieces", async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = randomOf(seed);
      const delimiter = [",", ";", "\t"][random(3)] ?? ",";
      const text = csvText(random, seed % 2 === 0, delimiter);
      const bytes = new TextEncoder().encode(text);
      expect({ seed, got: await streamed(bytes, random) }).toEqual({ seed, got: whole(bytes) });
    }
  });

  it("numbers the lines of a bad quote after the 64 KiB head from the start of the file", async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `XA_${i},ct_001,2023-08,${i}`);
    const text = `unit,indicator,period,value\n${rows.join("\r\n")}\nB,"2"\n\nD,x"y\n`;
    const bytes = new TextEncoder().encode(text);
    const got = await streamed(bytes, () => 999);
    expect(got).toEqual({
      error: {
        problems: [
          expect.objectContaining({ file: "a.csv", line: 5004, code: "import.csv_syntax" }),
        ],
      },
    });
    expect(JSON.stringify(got)).toContain("at line 5004");
    expect(got).toEqual(whole(bytes));
  });
});
