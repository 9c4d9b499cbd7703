import { afterEach, describe, expect, it, vi } from "vitest";
import { yieldToMain } from "../../../src/client/yield-to-main.ts";

afterEach(() => vi.unstubAllGlobals());

describe("yieldToMain()", () => {
  it("uses scheduler.yield() where the browser has it", async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal("scheduler", { yield: yielded });
    await yieldToMain();
    expect(yielded).toHaveBeenCalledOnce();
  });

  it("otherwise resumes after the tasks already queued (a timer, not a microtask)", async () => {
    vi.stubGlobal("scheduler", undefined);
    const order: string[] = [];
    setTimeout(() => order.push("queued task"), 0);
    await yieldToMain();
    order.push("resumed");
    expect(order).toEqual(["queued task", "resumed"]);
  });
});
