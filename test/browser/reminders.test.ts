import { expect, it } from "vitest";
import {
  describeInBrowser,
  PHONE,
  screenshot,
  settled,
  sidewaysOverflow,
  useDemoBrowser,
} from "./harness.ts";

// October 2023: no commune or ward of the demo has sent its form.
const TOWN = "unit=NGA_NAM&period=2023-10";

describeInBrowser("reminders: the office reminds a ward, the ward's clerk sees the bell", () => {
  const demo = useDemoBrowser();

  it("reminds from “Việc cần làm”, once a day; the clerk opens the form from the bell", async () => {
    const office = await demo.session("vanphong");
    await office.goto(`${demo.server.url}/todo?${TOWN}`);
    await office.getByTestId("remind-PHUONG_1").click();
    await office.getByText("Đã nhắc 1 người nhập số liệu của Phường 1").waitFor();
    await office.getByTestId("remind-PHUONG_1").click();
    await office.getByText("Hôm nay đã nhắc Phường 1 rồi").waitFor();
    // Month by month: the twelve months up to October 2023, newest first.
    const history = office.getByTestId("todo-history").locator("tbody tr.ant-table-row");
    await expect.poll(() => history.count()).toBe(12);
    expect(await history.first().textContent()).toMatch(/^10\/2023/);

    const clerk = await demo.session("phuong1", PHONE);
    // A reporter reminds nobody: the button is the reviewers'.
    await clerk.goto(`${demo.server.url}/todo?unit=PHUONG_1&period=2023-10`);
    await clerk.getByTestId("todo-table").waitFor();
    expect(await clerk.getByTestId("remind-PHUONG_1").count()).toBe(0);
    const bell = clerk.getByTestId("reminders-open");
    await expect.poll(() => bell.getAttribute("aria-label")).toContain("1 chưa đọc");
    await bell.click();
    const reminder = clerk.getByTestId("reminder-PHUONG_1-2023-10");
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain("Văn phòng nhắc gửi báo cáo");
    expect(await reminder.textContent()).toContain("Do vanphong nhắc");
    expect(await sidewaysOverflow(clerk)).toBe(0);
    await settled(clerk);
    await screenshot(clerk, "40-phone-reminders");
    await clerk.getByRole("button", { name: "Mở biểu nhập số liệu" }).click();
    await clerk.getByTestId("value-jobs_created-total").waitFor();
    expect(new URL(clerk.url()).search).toContain("period=2023-10");
    await expect.poll(() => bell.getAttribute("aria-label")).toContain("0 chưa đọc");
  });

  it("lets the administrator set where a clerk's reminders are e-mailed", async () => {
    const admin = await demo.session("admin");
    await admin.goto(`${demo.server.url}/users`);
    await admin.getByTestId("user-email-phuong1").click();
    await admin.getByTestId("user-email").fill("khong-phai-thu");
    await admin.getByTestId("user-email-submit").click();
    await admin.getByText("Địa chỉ thư chưa đúng").waitFor();
    await admin.getByTestId("user-email").fill("phuong1@ubnd.vn");
    await admin.getByTestId("user-email-submit").click();
    await expect
      .poll(() => admin.getByTestId("user-email-phuong1").textContent())
      .toBe("phuong1@ubnd.vn");
    expect((await demo.server.engine.store.repos.users.get("phuong1"))?.email).toBe(
      "phuong1@ubnd.vn",
    );
  });
});
