import { afterAll, beforeAll, expect, it } from "vitest";
import { type ApiCall, api } from "../../src/server/contract/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { fillForm, openWorkbook, rowOf } from "../support/fill-form.ts";
import { type ApiFixture, openApiFixture } from "./api-fixture.ts";

const WARD = { unit: "PHUONG_1", period: "2023-08" } as const;

describeEachEngine(
  "Excel forms over HTTP: download, fill, preview, confirm, conflicts",
  (fresh) => {
    let f: ApiFixture;
    let ward: ApiCall;
    let form: Uint8Array;
    let key: string;
    let before: number;

    beforeAll(async () => {
      f = await openApiFixture(fresh);
      ward = await f.signIn("phuong1");
      const blob = await ward(api.forms.download, {
        query: { units: WARD.unit, period: WARD.period },
      });
      form = new Uint8Array(await blob.arrayBuffer());
      const [stored] = (
        await f.engine.storedValues({ unitCodes: [WARD.unit], periods: [WARD.period] })
      )
        .filter((v) => v.value !== null && v.disaggregation === "")
        .sort((a, b) => a.indicatorCode.localeCompare(b.indicatorCode));
      if (!stored) throw new Error("the reference ward has no value in August 2023");
      key = `${stored.indicatorCode}|`;
      before = stored.value as number;
    }, 120_000);
    afterAll(() => f.close());

    const upload = async (bytes: Uint8Array, confirm: boolean) =>
      ward(api.forms.upload, {
        body: { fileName: "bieu.xlsx", content: Buffer.from(bytes).toString("base64"), confirm },
      });
    const storedNow = async () =>
      (
        await f.engine.storedValues({
          unitCodes: [WARD.unit],
          periods: [WARD.period],
          indicatorCodes: [key.split("|")[0] as string],
        })
      ).find((v) => v.disaggregation === "")?.value;

    it("lays the form out as a biểu mẫu: header, stored value, protected sheet, hidden keys", async () => {
      const book = await openWorkbook(form);
      const sheet = book.getWorksheet("Biểu 01");
      expect(sheet?.getCell("A5").value).toBe("Đơn vị báo cáo: Phường 1 (PHUONG_1)");
      expect(String(sheet?.getCell("A4").value)).toContain("tháng 8 năm 2023");
      const row = rowOf(sheet as NonNullable<typeof sheet>, key);
      expect(row.getCell("F").value).toBe(before);
      expect(row.getCell("F").protection?.locked).toBe(false);
      expect(row.getCell("D").protection?.locked).not.toBe(false);
      expect(sheet?.getColumn("I").hidden).toBe(true);
      expect(book.getWorksheet("_baocao")?.state).toBe("veryHidden");
    });

    it("previews an edited cell as old → new, writes it on confirm, and finds a stale copy's edit a conflict", async () => {
      const edited = await fillForm(form, { [key]: before + 11 });
      const preview = await upload(edited, false);
      expect(preview.counts).toMatchObject({ changed: 1, new: 0, conflict: 0 });
      expect(preview.changes.find((c) => c.kind === "changed")).toMatchObject({
        stored: before,
        uploaded: before + 11,
        cell: expect.stringMatching(/^Biểu 01!F\d+$/),
      });
      expect(preview.written).toBe(false);
      expect(await storedNow()).toBe(before);

      const confirmed = await upload(edited, true);
      expect(confirmed.written).toBe(true);
      expect(await storedNow()).toBe(before + 11);

      // The first download is now stale: its edit of the same cell is a conflict, never written.
      const stale = await fillForm(form, { [key]: before + 22 });
      const again = await upload(stale, true);
      expect(again.counts.conflict).toBe(1);
      expect(again.changes.find((c) => c.kind === "conflict")).toMatchObject({
        stored: before + 11,
        uploaded: before + 22,
        storedBy: "phuong1",
      });
      expect(again.written).toBe(false);
      expect(await storedNow()).toBe(before + 11);
    });

    it("gives one sheet per unit when the office downloads several units at once", async () => {
      const office = await f.signIn("vanphong");
      const blob = await office(api.forms.download, {
        query: { units: "PHUONG_1,XA_TAN_LONG", period: WARD.period },
      });
      const book = await openWorkbook(new Uint8Array(await blob.arrayBuffer()));
      expect(book.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual([
        "Biểu 01",
        "Biểu 02",
      ]);
      expect(book.getWorksheet("Biểu 02")?.getCell("A5").value).toContain("(XA_TAN_LONG)");
    });

    it("refuses another unit's form for a reporter (403)", async () => {
      await expect(
        ward(api.forms.download, { query: { units: "XA_TAN_LONG", period: WARD.period } }),
      ).rejects.toMatchObject({ status: 403 });
    });
  },
);
