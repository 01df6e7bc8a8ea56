import { expect, it } from "vitest";
import { createTask } from "../../src/services/task-edits.ts";
import {
  describeInBrowser,
  PHONE,
  screenshot,
  seriousAxeViolations,
  settled,
  sidewaysOverflow,
  useDemoBrowser,
} from "./harness.ts";

describeInBrowser("registers in the web app: rows deleted, commitments entered", () => {
  const demo = useDemoBrowser();

  /** A town project with a 2023 plan and one disbursement in 2023-08, of one source. */
  async function projectWithAugustDisbursement() {
    const stored = await demo.server.engine.registers.stored();
    const project = stored.projects.find((p) => {
      const august = stored.disbursements.filter(
        (d) => d.projectCode === p.code && d.period === "2023-08",
      );
      return (
        p.reportingUnit === "NGA_NAM" &&
        august.length === 1 &&
        (august[0]?.amount ?? 0) > 0 &&
        stored.capitalPlans.some((c) => c.projectCode === p.code && c.year === 2023 && c.amount > 0)
      );
    });
    const august = stored.disbursements.find(
      (d) => d.projectCode === project?.code && d.period === "2023-08",
    );
    if (!project || !august)
      throw new Error("the demo has no town project disbursed on in 08/2023");
    return { project, august };
  }

  it("the office deletes a month's disbursement after confirming; the disbursed share drops", async () => {
    const { project, august } = await projectWithAugustDisbursement();
    const office = await demo.session("vanphong", PHONE);
    await office.goto(`${demo.server.url}/projects/${project.code}?unit=NGA_NAM&period=2023-08`);
    const facts = office.getByTestId("project-facts");
    await facts.waitFor();
    const before = await facts.textContent();
    await office.getByRole("button", { name: "Xóa dòng giải ngân tháng 08/2023" }).click();
    const question = office.getByText("Xóa dòng giải ngân tháng 08/2023?");
    await question.waitFor();
    await settled(office);
    expect(await sidewaysOverflow(office)).toBe(0);
    expect(await seriousAxeViolations(office)).toEqual([]);
    await screenshot(office, "62-phone-remove-disbursement");
    // Nothing is deleted before the answer.
    expect(
      (await demo.server.engine.registers.stored()).disbursements.some(
        (d) => d.projectCode === project.code && d.period === "2023-08",
      ),
    ).toBe(true);
    await office.getByTestId("remove-confirm").click();
    await office.getByText("Đã xóa").first().waitFor();
    await expect.poll(() => facts.textContent()).not.toBe(before);
    expect(
      (await demo.server.engine.registers.stored()).disbursements.some(
        (d) => d.projectCode === project.code && d.period === "2023-08",
      ),
    ).toBe(false);
    const audit = await demo.server.engine.registers.history(
      "disbursements",
      `${project.code}|2023-08|${august.fundSource}`,
    );
    expect(audit.at(-1)).toMatchObject({ action: "delete", by: "vanphong", via: "form" });
    expect(await sidewaysOverflow(office)).toBe(0);
  });

  it("the office adds a commitment to a project, sees it listed, then deletes it", async () => {
    const stored = await demo.server.engine.registers.stored();
    const project = stored.projects.find(
      (p) =>
        p.reportingUnit === "NGA_NAM" && !stored.commitments.some((c) => c.projectCode === p.code),
    );
    if (!project) throw new Error("the demo has no town project");
    const office = await demo.session("vanphong", PHONE);
    await office.goto(`${demo.server.url}/projects/${project.code}?unit=NGA_NAM&period=2023-08`);
    await office.getByTestId("commitment-add").click();
    const dialog = office.getByTestId("commitment-form");
    await office.getByTestId("commitment-share").fill("34");
    await settled(office);
    expect(await sidewaysOverflow(office)).toBe(0);
    expect(await seriousAxeViolations(office)).toEqual([]);
    await screenshot(office, "63-phone-commitment-form");
    await office.getByTestId("row-form-submit").click();
    await dialog.waitFor({ state: "hidden" });
    const table = office.getByTestId("commitments-table");
    // Due at the end of the page's quarter by default.
    await table.getByText("30/09/2023").waitFor();
    expect(await table.textContent()).toContain("34");
    expect(await table.textContent()).toContain("Riêng dự án");
    expect(
      (await demo.server.engine.registers.stored()).commitments.find(
        (c) => c.projectCode === project.code,
      ),
    ).toMatchObject({ dueDate: "2023-09-30", sharePct: 34, updatedBy: "vanphong" });
    expect(await sidewaysOverflow(office)).toBe(0);

    await office.getByRole("button", { name: "Xóa cam kết giải ngân hạn 30/09/2023" }).click();
    await office.getByText("Xóa cam kết giải ngân hạn 30/09/2023?").waitFor();
    await office.getByTestId("remove-confirm").click();
    await office.getByTestId("commitments-none").waitFor();
    expect(
      (await demo.server.engine.registers.stored()).commitments.some(
        (c) => c.projectCode === project.code,
      ),
    ).toBe(false);
  });

  it("a viewer is offered neither deleting nor adding commitments", async () => {
    const project = (await demo.server.engine.registers.stored()).projects.find(
      (p) => p.reportingUnit === "NGA_NAM",
    );
    if (!project) throw new Error("the demo has no town project");
    const viewer = await demo.session("xem", PHONE);
    await viewer.goto(`${demo.server.url}/projects/${project.code}?unit=NGA_NAM&period=2023-08`);
    await viewer.getByTestId("project-facts").waitFor();
    expect(await viewer.getByRole("button", { name: /^Xóa / }).count()).toBe(0);
    expect(await viewer.getByTestId("commitment-add").count()).toBe(0);
  });

  it("the office deletes a task given by mistake from its drawer", async () => {
    const give = (textVi: string, partnerUnits: string[]) =>
      createTask(
        demo.server.engine,
        {
          textVi,
          sector: "economy",
          leadUnit: "NGA_NAM",
          partnerUnits,
          dueDate: "2023-09-29",
          reportPeriod: "2023-09",
          source: "",
          note: "",
        },
        { by: "admin", via: "api", at: "2023-09-05T08:00:00.000Z" },
      );
    const id = await give("Nhiệm vụ giao nhầm cần xóa", []);
    const office = await demo.session("vanphong", PHONE);
    await office.goto(`${demo.server.url}/tasks?unit=NGA_NAM&period=2023-09&task=${id}`);
    const drawer = office.getByTestId("task-drawer");
    await drawer.getByText("Nhiệm vụ giao nhầm cần xóa").waitFor();
    await drawer.getByTestId("task-remove").click();
    await office.getByText("Xóa nhiệm vụ này cùng các ghi chú tiến độ?").waitFor();
    await settled(office);
    expect(await sidewaysOverflow(office)).toBe(0);
    expect(await seriousAxeViolations(office)).toEqual([]);
    await office.getByTestId("remove-confirm").click();
    await office.getByText("Đã xóa nhiệm vụ").waitFor();
    await drawer.waitFor({ state: "hidden" });
    expect((await demo.server.engine.registers.stored()).tasks.some((t) => t.id === id)).toBe(
      false,
    );
    // A ward's reporter, partner of a task, sees it but is offered no "Xóa nhiệm vụ".
    const shared = await give("Nhiệm vụ phối hợp với Phường 1", ["PHUONG_1"]);
    const clerk = await demo.session("phuong1", PHONE);
    await clerk.goto(`${demo.server.url}/tasks?unit=PHUONG_1&period=2023-09&task=${shared}`);
    await clerk.getByTestId("task-drawer").getByText("Nhiệm vụ phối hợp với Phường 1").waitFor();
    expect(await clerk.getByTestId("task-remove").count()).toBe(0);
  });
});
