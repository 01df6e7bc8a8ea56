import { describe, expect, it } from "vitest";
import type { ChangeCounters } from "../store/index.ts";
import { SharedCounterReads } from "./shared-counter-reads.ts";

/** A counters read that returns the data counter as it stood when the read was sent. */
function database() {
  let data = 1;
  let sent = 0;
  const replies: (() => void)[] = [];
  return {
    read: () => {
      sent++;
      const seen = data;
      return new Promise<ChangeCounters>((resolve) =>
        replies.push(() => resolve({ data: seen, definitions: 1, sessions: 1 })),
      );
    },
    save: () => {
      data++;
    },
    sent: () => sent,
    reply: async () => {
      replies.shift()?.();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
  };
}

describe("SharedCounterReads", () => {
  it("never gives a caller a read sent before it asked, and shares one read among those who wait", async () => {
    const db = database();
    const reads = new SharedCounterReads(db.read);
    const first = reads.next();
    // A save commits after the first read left: the callers that arrive now must see it.
    db.save();
    const second = reads.next();
    const third = reads.next();
    expect(db.sent()).toBe(1);
    await db.reply();
    expect((await first).data).toBe(1);
    expect(db.sent()).toBe(2);
    await db.reply();
    expect((await second).data).toBe(2);
    expect((await third).data).toBe(2);
    // Nothing in flight: the next caller sends its own read.
    db.save();
    const fourth = reads.next();
    expect(db.sent()).toBe(3);
    await db.reply();
    expect((await fourth).data).toBe(3);
  });

  it("sends the next read when the one in flight fails", async () => {
    let calls = 0;
    const reads = new SharedCounterReads(async () => {
      calls++;
      if (calls === 1) throw new Error("down");
      return { data: 7, definitions: 1, sessions: 1 };
    });
    const first = reads.next();
    const second = reads.next();
    await expect(first).rejects.toThrow("down");
    expect((await second).data).toBe(7);
  });
});
