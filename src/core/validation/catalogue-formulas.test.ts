import { describe, expect, it } from "vitest";
import { type CatalogueInput, defineCatalogue } from "../catalogue/index.ts";
import { compileCatalogueFormulas } from "./catalogue-formulas.ts";

function withFormulas(formulas: Record<string, string | undefined>): CatalogueInput {
  return {
    indicators: Object.entries(formulas).map(([code, formula]) => ({
      code,
      nameVi: code,
      nameEn: code,
      sector: "inspection_justice_government",
      unit: "ho_so",
      valueType: "number",
      aggregation: { overTime: "sum", overUnits: "sum" },
      ...(formula === undefined ? {} : { formula }),
    })),
  };
}

describe("compileCatalogueFormulas", () => {
  it("compiles the derived indicators of a sound catalogue", () => {
    const catalogue = defineCatalogue(
      withFormulas({
        mot_cua_tiep_nhan: undefined,
        mot_cua_truc_tuyen: undefined,
        mot_cua_truc_tuyen_ty_le: "mot_cua_truc_tuyen / mot_cua_tiep_nhan * 100",
      }),
    );
    const { results, errors } = compileCatalogueFormulas(catalogue);
    expect(errors).toEqual([]);
    expect(results.get("mot_cua_truc_tuyen_ty_le")?.dependencies).toEqual([
      "mot_cua_truc_tuyen",
      "mot_cua_tiep_nhan",
    ]);
  });

  it("reports unknown names with their position and names cycles", () => {
    const catalogue = defineCatalogue(
      withFormulas({
        a: "b + 1",
        b: "c * 2",
        c: "a / 2",
        d: "1 +\n  khong_co",
        e: "a + 1",
      }),
    );
    const { results, errors } = compileCatalogueFormulas(catalogue);
    expect(errors).toEqual([
      {
        indicator: "d",
        code: "formula.unknown_name",
        message: "Công thức của chỉ tiêu \"d\": Không có chỉ tiêu 'khong_co' ở dòng 2, cột 3",
        line: 2,
        column: 3,
      },
      {
        indicator: "a",
        code: "formula.cycle",
        message: "Công thức tham chiếu vòng tròn: a → b → c → a",
      },
      {
        indicator: "b",
        code: "formula.cycle",
        message: "Công thức tham chiếu vòng tròn: a → b → c → a",
      },
      {
        indicator: "c",
        code: "formula.cycle",
        message: "Công thức tham chiếu vòng tròn: a → b → c → a",
      },
    ]);
    expect([...results.keys()]).toEqual(["e"]);
  });
});
