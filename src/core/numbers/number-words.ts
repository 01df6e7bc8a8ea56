const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;
// Names of the groups of three digits, from the right; past "tỷ" they repeat ("nghìn tỷ").
const GROUPS = ["", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ"] as const;

/**
 * A whole number of up to 999 as read inside a longer number: `full` reads the hundreds even
 * when they are 0 ("không trăm linh năm") as every group after the first does.
 */
function readGroup(n: number, full: boolean): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor(n / 10) % 10;
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(DIGITS[hundreds] as string, "trăm");
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push("linh");
  } else if (tens === 1) words.push("mười");
  else words.push(DIGITS[tens] as string, "mươi");
  if (units === 1 && tens > 1) words.push("mốt");
  else if (units === 5 && tens > 0) words.push("lăm");
  else if (units === 4 && tens > 1) words.push("tư");
  else if (units > 0) words.push(DIGITS[units] as string);
  return words.join(" ");
}

/** A whole number in words: 13503000000 → "mười ba tỷ, năm trăm linh ba triệu". */
function readWhole(n: number): string {
  if (n === 0) return DIGITS[0];
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const parts: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i] as number;
    if (group === 0) continue;
    const read = readGroup(group, i < groups.length - 1);
    parts.push(GROUPS[i] ? `${read} ${GROUPS[i]}` : read);
  }
  // Offices set the billions apart with a comma: "Mười ba tỷ, năm trăm linh ba triệu đồng".
  return parts.reduce((text, part, i) => {
    if (i === 0) return part;
    return `${text}${/tỷ$/.test(parts[i - 1] as string) ? "," : ""} ${part}`;
  }, "");
}

/**
 * A number in Vietnamese words, as amounts are written out in documents ("bằng chữ"): whole
 * numbers up to 999 triệu tỷ, decimals read after "phẩy" digit group by digit group as written
 * ("1681,5" → "một nghìn sáu trăm tám mươi mốt phẩy năm"), negatives with "âm".
 * @example numberInWords(13_503_000_000) // "mười ba tỷ, năm trăm linh ba triệu"
 */
export function numberInWords(value: number, decimals = 0): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e18) return String(value);
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = "0", fraction = ""] = fixed.split(".");
  const trimmed = fraction.replace(/0+$/, "");
  const sign = value < 0 && Number(fixed) !== 0 ? "âm " : "";
  const after = trimmed === "" ? "" : ` phẩy ${readFraction(trimmed)}`;
  return `${sign}${readWhole(Number(whole))}${after}`;
}

/** The digits after the decimal comma: "5" → "năm", "05" → "không năm", "25" → "hai mươi lăm". */
function readFraction(digits: string): string {
  const leadingZeros = /^0*/.exec(digits)?.[0].length ?? 0;
  const zeros = Array.from({ length: leadingZeros }, () => DIGITS[0]);
  const rest = digits.slice(leadingZeros);
  return [...zeros, ...(rest ? [readWhole(Number(rest))] : [])].join(" ");
}
