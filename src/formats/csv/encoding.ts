import iconv from "iconv-lite";

/** The text encodings a CSV may come in; anything else is refused by name. */
export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258" | "windows-1252";

/** The encodings accepted, for messages and the `--encoding` option. */
export const CSV_ENCODINGS: readonly CsvEncoding[] = [
  "utf-8",
  "utf-16le",
  "utf-16be",
  "windows-1258",
  "windows-1252",
];

/** What the first bytes of a file say about it. */
export type EncodingGuess =
  | { readonly encoding: CsvEncoding; readonly bom: number }
  | { readonly refused: string };

/** Bytes 0x80–0xFF that Windows-1258 reads as Vietnamese and Windows-1252 as something else. */
const VIETNAMESE_1258 = new Set([
  0xc3, 0xcc, 0xd0, 0xd2, 0xd5, 0xdd, 0xde, 0xe3, 0xec, 0xf0, 0xf2, 0xf5, 0xfd, 0xfe,
]);

/**
 * Guesses the encoding from the first bytes: a byte-order mark decides; NUL bytes mean UTF-16
 * (every other byte zero) or a binary file; valid UTF-8 is UTF-8; otherwise one of the two
 * Windows code pages, Windows-1258 when its reading makes Vietnamese letters (its tone marks
 * combine with the letter before them), Windows-1252 when not. `complete: false` says the head
 * is the start of a longer file (a character may be cut at its end).
 * @example detectEncoding(Buffer.from("\uFEFFunit,value", "utf8")) // { encoding: "utf-8", bom: 3 }
 */
export function detectEncoding(head: Uint8Array, complete = true): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: "utf-8", bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", bom: 2 };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { encoding: utf16, bom: 0 };
  if (looksBinary(head))
    return { refused: "tệp nhị phân (có byte điều khiển), không phải tệp văn bản CSV" };
  if (isUtf8(head, complete)) return { encoding: "utf-8", bom: 0 };
  return { encoding: looksVietnamese1258(head) ? "windows-1258" : "windows-1252", bom: 0 };
}

/** Decodes chunk by chunk (a character split between chunks is kept for the next). */
export function decoderFor(encoding: CsvEncoding): { write(b: Uint8Array): string; end(): string } {
  const decoder = iconv.getDecoder(encoding);
  return {
    write: (bytes) => decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    end: () => decoder.end() ?? "",
  };
}

function utf16WithoutBom(head: Uint8Array): CsvEncoding | undefined {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return "utf-16be";
  return undefined;
}

function looksBinary(head: Uint8Array): boolean {
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1a)) return true;
  return false;
}

function isUtf8(head: Uint8Array, complete: boolean): boolean {
  // A head cut from a longer file may end inside a character: drop an incomplete sequence there.
  let end = head.length;
  for (let back = 1; !complete && back <= 3 && end - back >= 0; back++) {
    const b = head[end - back] as number;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (back < need) end -= back;
      break;
    }
    if (b < 0x80) break;
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** Windows-1258 when its Vietnamese bytes appear and its tone marks all land on a letter. */
function looksVietnamese1258(head: Uint8Array): boolean {
  if (!head.some((b) => VIETNAMESE_1258.has(b))) return false;
  const text = iconv.decode(Buffer.from(head), "windows-1258").normalize("NFC");
  // A tone mark that NFC could not fold into its letter did not follow a Vietnamese vowel.
  return !/[\u0300-\u036f]/u.test(text);
}
