import { describe, expect, it } from "vitest";
import { fillMessage, placeholdersOf } from "./message-template.ts";

describe("message templates", () => {
  it("lists placeholders, trimmed, in order", () => {
    expect(placeholdersOf("A ({left}) B ({ right }) {x[school_level=thcs]}")).toEqual([
      "left",
      "right",
      "x[school_level=thcs]",
    ]);
  });

  it("fills numbers the Vietnamese way and leaves unknown names alone", () => {
    const values = new Map<string, number | null>([
      ["left", 6366],
      ["right", 101.588],
      ["x", null],
    ]);
    expect(fillMessage("{left} / {right} / {x} / {y}", values)).toBe(
      "6.366 / 101,59 / không có số liệu / {y}",
    );
  });
});
