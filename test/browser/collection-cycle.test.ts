import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  type DemoServer,
  describeInBrowser,
  launchBrowser,
  screenshot,
  signIn,
  startDemoServer,
} from "./harness.ts";

// October 2023: nothing entered in the reference dataset, long past its due day (16 October).
const WARD = "unit=PHUONG_1&period=2023-10";
const TOWN = "unit=NGA_NAM&period=2023-10";
const ROW = "PHUONG_1-communes_monthly";

describeInBrowser(
  "the collection cycle in Chromium: send, locked entry, return with a comment",
  () => {
    let server: DemoServer;
    let browser: Browser;
    const contexts: BrowserContext[] = [];

    async function session(username: string): Promise<Page> {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        locale: "vi-VN",
      });
      contexts.push(context);
      const page = await context.newPage();
      await signIn(page, server.url, username);
      return page;
    }

    beforeAll(async () => {
      server = await startDemoServer();
      browser = await launchBrowser();
    }, 120_000);
    afterAll(async () => {
      for (const c of contexts) await c.close();
      await browser?.close();
      await server?.close();
    });

    it("a ward sends its form from Việc cần làm, finds it locked, and reads the leader's comment when returned", async () => {
      const ward = await session("phuong1");
      await ward.goto(`${server.url}/todo?${WARD}`);
      const row = ward.locator('tr[data-row-key="PHUONG_1|communes_monthly"]');
      await row.waitFor();
      expect(await ward.locator("h1").textContent()).toBe("Việc cần làm — 10/2023");
      expect(await row.textContent()).toMatch(
        /Chưa nhập.*16\/10\/2023.*Quá hạn \d+ ngày.*13\/13 chỉ tiêu/,
      );
      expect(await ward.getByTestId("todo-summary").textContent()).toBe(
        "Đã gửi 0/1 (0%)Gửi đúng hạn 0/1 (0%)Quá hạn chưa gửi: 1",
      );
      await screenshot(ward, "cycle-1-todo-ward");
      await ward.getByTestId(`submit-${ROW}`).click();
      await row.getByTestId("submission-state-submitted").waitFor();

      await ward.goto(`${server.url}/entry?${WARD}`);
      await ward.getByTestId("entry-locked").waitFor();
      expect(await ward.getByTestId("value-jobs_created-total").isDisabled()).toBe(true);
      await screenshot(ward, "cycle-2-entry-locked");

      const leader = await session("lanhdao");
      await leader.goto(`${server.url}/todo?${TOWN}`);
      await leader.getByTestId(`return-${ROW}`).click();
      await leader.getByTestId("transition-comment").fill("Chưa có số liệu lúa; đề nghị bổ sung.");
      await screenshot(leader, "cycle-3-return-comment");
      await leader.locator(".ant-modal-footer .ant-btn-primary").click();
      const leaderRow = leader.locator('tr[data-row-key="PHUONG_1|communes_monthly"]');
      await leaderRow.getByTestId("submission-state-returned").waitFor();
      expect(await leaderRow.textContent()).toContain("Chưa có số liệu lúa; đề nghị bổ sung.");

      await ward.goto(`${server.url}/entry?${WARD}`);
      const returned = ward.getByTestId("entry-returned");
      await returned.waitFor();
      expect(await returned.textContent()).toContain("Chưa có số liệu lúa; đề nghị bổ sung.");
      expect(await ward.getByTestId("value-jobs_created-total").isDisabled()).toBe(false);
      await screenshot(ward, "cycle-4-entry-returned");
    }, 120_000);
  },
);
