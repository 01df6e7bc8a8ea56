import { describe, expect, it } from "vitest";
import { timeliness } from "./deadlines.ts";
import { automaticReminder, type RemindedForm, reminderKey, reminderMessage } from "./reminders.ts";

const DUE = "2023-08-16";
const form = (today: string, patch: Partial<RemindedForm> = {}): RemindedForm => ({
  unit: "PHUONG_1",
  unitName: "Phường 1",
  regime: "bc_thang",
  regimeName: "Báo cáo tháng của UBND các xã, phường",
  period: "2023-08",
  state: "draft",
  dueDate: DUE,
  timeliness: timeliness(DUE, today, null),
  missing: ["rice_output", "jobs_created"],
  ...patch,
});

describe("reminders of the collection cycle", () => {
  it("reminds from N days before the due day, then once overdue", () => {
    expect(automaticReminder(form("2023-08-12"), 3)).toBeNull();
    expect(automaticReminder(form("2023-08-13"), 3)).toBe("due_soon");
    expect(automaticReminder(form("2023-08-16"), 3)).toBe("due_soon");
    expect(automaticReminder(form("2023-08-17"), 3)).toBe("overdue");
    expect(automaticReminder(form("2023-08-12"), 4)).toBe("due_soon");
  });

  it("reminds nobody of a form sent or approved; a returned one is still to be sent", () => {
    const sent = { timeliness: timeliness(DUE, "2023-08-20", "2023-08-15") };
    expect(automaticReminder(form("2023-08-20", { state: "submitted", ...sent }))).toBeNull();
    expect(automaticReminder(form("2023-08-20", { state: "approved", ...sent }))).toBeNull();
    expect(automaticReminder(form("2023-08-20", { state: "returned" }))).toBe("overdue");
    expect(automaticReminder(form("2023-08-20", { state: "not_started" }))).toBe("overdue");
  });

  it("keys an automatic reminder once per form and person, a manual one once a day", () => {
    const f = form("2023-08-14");
    expect(reminderKey("due_soon", f, "phuong1", "2023-08-14")).toBe(
      reminderKey("due_soon", f, "phuong1", "2023-08-15"),
    );
    expect(reminderKey("manual", f, "phuong1", "2023-08-14")).not.toBe(
      reminderKey("manual", f, "phuong1", "2023-08-15"),
    );
    expect(reminderKey("due_soon", f, "phuong1", "2023-08-14")).not.toBe(
      reminderKey("due_soon", f, "phuong2", "2023-08-14"),
    );
  });

  it("says in Vietnamese which form, unit and month, the due day and what is missing", () => {
    const soon = reminderMessage("due_soon", form("2023-08-14"));
    expect(soon.subject).toBe(
      "Sắp đến hạn gửi báo cáo: Báo cáo tháng của UBND các xã, phường — Phường 1 — tháng 8 năm 2023",
    );
    expect(soon.text).toContain("Hạn gửi là ngày 16/08/2023, còn 2 ngày.");
    expect(soon.text).toContain("Còn 2 chỉ tiêu chưa có số liệu.");
    const late = reminderMessage("overdue", form("2023-08-19", { state: "returned" }));
    expect(late.subject).toMatch(/^Quá hạn gửi báo cáo: /);
    expect(late.text).toContain("đã quá hạn 3 ngày");
    expect(late.text).toContain("đã bị trả lại");
    expect(reminderMessage("due_soon", form("2023-08-16")).text).toContain("hôm nay");
    expect(reminderMessage("manual", form("2023-08-10")).subject).toMatch(/^Văn phòng nhắc/);
  });
});
