import { expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/cli/demo-accounts.ts";
import {
  describeInBrowser,
  PHONE,
  screenshot,
  sidewaysOverflow,
  useDemoBrowser,
} from "./harness.ts";

describeInBrowser("my account: a user changes their own password", () => {
  const demo = useDemoBrowser();

  it("from the name in the header, with the current password; the new one signs in", async () => {
    const page = await demo.session("xem", PHONE);
    await page.goto(`${demo.server.url}/?unit=NGA_NAM&period=2023-08`);
    await page.getByTestId("user-name").click();
    await page.getByRole("heading", { level: 1, name: "Tài khoản của tôi" }).waitFor();
    expect(await page.getByTestId("account-roles").textContent()).toContain("Xem — Thị xã Ngã Năm");
    expect(await sidewaysOverflow(page)).toBe(0);

    // A wrong current password is refused in Vietnamese, and nothing changes.
    await page.getByTestId("password-current").fill("not-my-password");
    await page.getByTestId("password-new").fill("mat-khau-moi-2026");
    await page.getByTestId("password-confirm").fill("mat-khau-moi-2026");
    await page.getByTestId("password-submit").click();
    await page.getByTestId("password-error").waitFor();
    expect(await page.getByTestId("password-error").textContent()).toMatch(/mật khẩu/i);

    await page.getByTestId("password-current").fill(DEMO_PASSWORD);
    await page.getByTestId("password-submit").click();
    await page.getByTestId("password-changed").waitFor();
    await screenshot(page, "account-password-changed");

    // Still signed in here; the old password no longer opens the account, the new one does.
    const login = async (password: string) =>
      (
        await page.request.post(`${demo.server.url}/api/auth/login`, {
          data: { username: "xem", password },
        })
      ).status();
    expect(await login(DEMO_PASSWORD)).toBe(401);
    expect(await login("mat-khau-moi-2026")).toBe(200);
  });
});
