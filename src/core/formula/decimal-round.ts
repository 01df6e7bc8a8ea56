/**
 * Rounds half away from zero on the decimal digits the number is written with, not on its
 * binary value: `roundHalfUp(56.585, 2)` is 56.59, where `Math.round(56.585 * 100) / 100`
 * gives 56.58 because 56.585 is stored as 56.58499999…. `digits` may be negative
 * (`roundHalfUp(1250, -2)` is 1300). Non-finite values come back unchanged.
 */
export function roundHalfUp(value: number, digits = 0): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  if (!Number.isInteger(digits)) throw new RangeError(`digits must be an integer: ${digits}`);
  // toExponential() with no argument gives the shortest digits that read back to the same
  // double: the decimal a person typed or the report printed.
  const [mantissa = "0", exponentText = "0"] = Math.abs(value).toExponential().split("e");
  const allDigits = mantissa.replace(".", "");
  const exponent = Number(exponentText);
  // value = 0.d1d2d3… × 10^(exponent + 1); keep the digits before the rounding position.
  const keep = exponent + 1 + digits;
  if (keep >= allDigits.length) return value;
  if (keep < 0) return 0;
  let kept = BigInt(allDigits.slice(0, keep) || "0");
  if ((allDigits[keep] ?? "0") >= "5") kept += 1n;
  const rounded = Number(`${kept}e${-digits}`);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
