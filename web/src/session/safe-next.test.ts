import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next.ts";

describe("the page after signing in", () => {
  it("keeps a path of the app with its query", () => {
    expect(safeNext("/entry?unit=PHUONG_1&month=2023-08")).toBe(
      "/entry?unit=PHUONG_1&month=2023-08",
    );
  });
  it.each([
    null,
    "",
    "//example.org",
    "/\\example.org",
    "https://example.org",
    "javascript:alert(1)",
  ])("sends %s to the dashboard", (next) => expect(safeNext(next)).toBe("/"));
});
