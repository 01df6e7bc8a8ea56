import { describe, expect, it } from "vitest";
import { twoSetCatalogue } from "../../test/engine/two-sets-fixture.ts";
import { defineCatalogue, getIndicator } from "../core/catalogue/index.ts";
import { entryCells } from "./entry-cells.ts";

const catalogue = defineCatalogue(twoSetCatalogue);
const cellsOf = (code: string) =>
  entryCells(catalogue, getIndicator(catalogue, code), [], () => undefined).map((c) => [
    c.disaggregation,
    c.labelVi,
  ]);

describe("entryCells of an indicator on two category sets", () => {
  it("asks for every season × crop cell, never a season's or a crop's total", () => {
    expect(cellsOf("crop_area")).toEqual([
      ["crop=lua;season=dong_xuan", "Đông Xuân · Lúa"],
      ["crop=ngo;season=dong_xuan", "Đông Xuân · Ngô"],
      ["crop=lua;season=he_thu", "Hè Thu · Lúa"],
      ["crop=ngo;season=he_thu", "Hè Thu · Ngô"],
      ["crop=lua;season=mua", "Mùa · Lúa"],
      ["crop=ngo;season=mua", "Mùa · Ngô"],
    ]);
  });

  it("asks for the total too when one set's total is entered on its own", () => {
    const cells = cellsOf("crop_damage");
    expect(cells[0]).toEqual(["", "Tổng số"]);
    expect(cells).toHaveLength(7);
  });
});
