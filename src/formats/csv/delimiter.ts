/** The field separators a CSV may use: comma, semicolon (Excel in Vietnamese or European settings), tab. */
export type CsvDelimiter = "," | ";" | "\t";

/**
 * The separator of a CSV from its header line: the one of `,` `;` tab that occurs most often
 * outside quotes (a comma when none does, a one-column file).
 * @example detectDelimiter("unit;indicator;period;value") // ";"
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "," || c === ";" || c === "\t")) counts[c]++;
  }
  const best = (Object.entries(counts) as [CsvDelimiter, number][]).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : ",";
}

/** How a separator is named in messages. */
export function delimiterName(d: CsvDelimiter): string {
  return d === "," ? "dấu phẩy" : d === ";" ? "dấu chấm phẩy" : "dấu tab";
}
