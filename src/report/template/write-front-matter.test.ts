import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "./front-matter.ts";
import { parseTemplate } from "./parse-template.ts";
import { replaceFrontMatter, writeFrontMatter } from "./write-front-matter.ts";

const text = fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 });
const meta = fc.record(
  {
    parentBody: text,
    issuingBody: text,
    number: text,
    place: text,
    date: text,
    title: text,
    subject: text,
    signingAuthority: text,
    signerTitle: text,
    signerName: text,
    cutoffDay: fc.integer({ min: 1, max: 31 }),
    recipients: fc.array(text, { minLength: 1, maxLength: 5 }),
  },
  { requiredKeys: [] },
);

describe("the front matter the editor's form writes", () => {
  it("reads back exactly what it wrote, whatever the text (quotes, #, colons, {{ $month }})", () => {
    fc.assert(
      fc.property(meta, (m) => {
        expect(readFrontMatter(writeFrontMatter(m), 2)).toEqual(m);
      }),
    );
    const tricky = { subject: 'Tháng {{ $month }}: "đạt" # 100%', number: "…/BC-UBND" };
    expect(readFrontMatter(writeFrontMatter(tricky), 2)).toEqual(tricky);
  });

  it("replaces the reference template's front matter and keeps its body", () => {
    const reference = readFileSync(
      new URL("../../../reports/nga-nam/bao-cao-thang.md", import.meta.url),
      "utf8",
    );
    const before = parseTemplate(reference);
    const edited = replaceFrontMatter(reference, { ...before.meta, signerName: "Nguyễn Văn A" });
    const after = parseTemplate(edited);
    expect(after.meta).toEqual({ ...before.meta, signerName: "Nguyễn Văn A" });
    expect(after.blocks).toEqual(before.blocks);
    expect(replaceFrontMatter("Chỉ có thân.", { title: "BÁO CÁO" })).toBe(
      '---\ntitle: "BÁO CÁO"\n---\nChỉ có thân.',
    );
  });
});
