import { describe, expect, it } from "vitest";
import { templateTargetKinds } from "./template-target-kinds.ts";

describe("the target kinds a template names", () => {
  it("finds them in figures, footnotes and kind words, not in indicator names", () => {
    const template = [
      "---",
      'subject: "so với {{ $kind_nghi_quyet }}"',
      "---",
      "Đạt {{ pct_of(ytd(revenue), du_toan) | percent:1 }} so với {{ $kind_du_toan }}.[^1]",
      "Kế hoạch {{ plan_area | number:0 }} ha.",
      "",
      "[^1]: Chỉ tiêu {{ target(rice, plan) | number:0 }} tấn.",
    ].join("\n");
    expect([...templateTargetKinds(template)].sort()).toEqual(["du_toan", "nghi_quyet", "plan"]);
  });

  it("names nothing it cannot read, rather than failing", () => {
    expect([...templateTargetKinds("Số {{ pct_of(( | percent }}")]).toEqual([]);
  });
});
