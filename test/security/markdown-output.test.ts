import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { composeReport, renderMarkdown } from "../../src/report/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { clerk, townEngine } from "../engine/fixture.ts";

// The probe's finding: the Markdown download passed `<script>` and `javascript:` links through,
// so a viewer that renders Markdown ran them.
describe("security: the Markdown download shows a template's text as written", () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore({ engine: "sqlite", path: ":memory:" });
  });
  afterEach(() => store.close());

  it("escapes HTML, links and emphasis typed in the template, and keeps its figures and footnotes", async () => {
    const engine = await townEngine(store);
    await engine.write(
      [{ indicator: "received", unit: "P1", period: "2023-08", value: 852 }],
      clerk,
    );
    const template = [
      "---",
      "title: Báo cáo <img src=x onerror=alert(1)>",
      "---",
      "Tiếp nhận {{ received }} hồ sơ <script>alert(1)</script> [bấm](javascript:alert(2)) *_x_*.",
    ].join("\n");
    const report = await composeReport(engine, { template, unit: "NN", period: "2023-08" });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain("Tiếp nhận 852 hồ sơ \\<script\\>alert(1)\\</script\\>");
    expect(markdown).toContain("\\[bấm\\](javascript:alert(2))");
    expect(markdown).toContain("*\\_x\\_*"); // the template's own emphasis stays
    expect(markdown).toContain("BÁO CÁO \\<IMG SRC=X ONERROR=ALERT(1)\\>");
    expect(markdown).not.toMatch(/(^|[^\\])<(script|img)/i);
  });
});
