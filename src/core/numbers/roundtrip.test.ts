import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changePhrase } from "./change-phrase.ts";
import { decimalToNumber, makeDecimal } from "./decimal.ts";
import { formatMoney } from "./format-money.ts";
import { formatNumber } from "./format-number.ts";
import { formatPercent } from "./format-percent.ts";
import { formatRatio } from "./format-ratio.ts";
import type { NumberLocale } from "./locale.ts";
import type { MoneyScale } from "./money-scale.ts";
import { parseChangePhrase } from "./parse-change.ts";
import { parseVietnameseNumber } from "./parse-number.ts";
import { parseRatio } from "./parse-ratio.ts";

const LIMIT = 10n ** 15n;
const locales = fc.constantFrom<NumberLocale>("vi", "en");
const integers = fc.bigInt({ min: -LIMIT, max: LIMIT }).map(Number);
/** Decimals with up to 3 places over a wide range, built from scaled integers so they are exact. */
const decimals = fc
  .record({ n: fc.bigInt({ min: -LIMIT, max: LIMIT }), s: fc.integer({ min: 0, max: 3 }) })
  .map(({ n, s }) => ({
    value: decimalToNumber(makeDecimal(n < 0n, n < 0n ? -n : n, s)),
    places: s,
  }));
/** Only "1–3 digits, one mark, 3 digits" reads two ways ("96.549", "458,921"). */
const canBeMisread = (text: string): boolean => /^-?[1-9]\d{0,2}[.,]\d{3}$/.test(text);

describe("parse(format(x)) returns x", () => {
  it("for integers, ambiguous only when the text can be misread", () => {
    fc.assert(
      fc.property(integers, locales, (x, locale) => {
        const text = formatNumber(x, { locale });
        const parsed = parseVietnameseNumber(text, { locale });
        expect(parsed.value).toBe(x);
        expect(parsed.ambiguous).toBe(canBeMisread(text));
        expect(parsed.notes).toEqual([]);
      }),
    );
  });

  it("for decimals with up to 3 places, shown as they are or with fixed places", () => {
    fc.assert(
      fc.property(decimals, locales, fc.boolean(), ({ value, places }, locale, fixed) => {
        const text = formatNumber(value, fixed ? { locale, decimals: places } : { locale });
        const parsed = parseVietnameseNumber(text, { locale });
        expect(parsed.value).toBe(value);
        expect(parsed.ambiguous).toBe(canBeMisread(text));
      }),
    );
  });

  it("is never ambiguous when groups and a decimal mark are both written", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 2 ** 31 }),
        fc.integer({ min: 1, max: 999 }),
        (int, frac) => {
          const x = int + frac / 1000;
          const parsed = parseVietnameseNumber(formatNumber(x, { decimals: 3 }));
          expect(parsed).toMatchObject({ value: x, ambiguous: false, alternatives: [] });
        },
      ),
    );
  });

  it("for percentages and padded counts", () => {
    fc.assert(
      fc.property(decimals, ({ value }) => {
        const parsed = parseVietnameseNumber(formatPercent(value));
        expect([parsed.value, parsed.percent]).toEqual([value, true]);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -99, max: 99 }), (x) => {
        expect(parseVietnameseNumber(`${formatNumber(x, { pad2: true })} căn`).value).toBe(x);
      }),
    );
  });

  it("for money in every scale", () => {
    const scales = fc.constantFrom<MoneyScale>("dong", "nghin", "trieu", "ty", "ty_trieu");
    fc.assert(
      fc.property(fc.bigInt({ min: -LIMIT, max: LIMIT }), scales, (dong, scale) => {
        const parsed = parseVietnameseNumber(formatMoney(dong, { scale }));
        expect(parsed.decimal).toBe(dong.toString());
        expect(parsed.unit).toBe("đồng");
      }),
    );
  });

  it("for done/total pairs", () => {
    fc.assert(
      fc.property(decimals, decimals, locales, (done, total, locale) => {
        const parsed = parseRatio(formatRatio(done.value, total.value, { unit: "ha", locale }), {
          locale,
        });
        expect([parsed.done.value, parsed.total.value, parsed.unit]).toEqual([
          done.value,
          total.value,
          "ha",
        ]);
      }),
    );
  });

  it("for change phrases", () => {
    fc.assert(
      fc.property(decimals, fc.boolean(), ({ value }, pad2) => {
        const text = changePhrase(value, { unit: "tấn", pad2, against: "so cùng kỳ" });
        const parsed = parseChangePhrase(text);
        expect(parsed.delta).toBe(value);
        expect(parsed.against).toBe("so cùng kỳ");
      }),
    );
  });
});
