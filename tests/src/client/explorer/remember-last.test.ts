import { describe, expect, it } from "vitest";
import { rememberLast } from "../../../../src/client/explorer/remember-last.ts";

describe("rememberLast(answer)", () => {
  it("reuses the answer while the key stays the same, even while it is pending", async () => {
    const asked: string[] = [];
    const answer = rememberLast(async (key) => {
      asked.push(key);
      return key.length;
    });
    const pending = answer("select 1");
    expect(answer("select 1")).toBe(pending);
    expect(await pending).toBe(8);
    await answer("select 1");
    expect(asked).toEqual(["select 1"]);
  });

  it("asks again for a new key, and keeps only the last one", async () => {
    const asked: string[] = [];
    const answer = rememberLast(async (key) => {
      asked.push(key);
      return key;
    });
    await answer("a");
    await answer("b");
    await answer("b");
    await answer("a");
    expect(asked).toEqual(["a", "b", "a"]);
  });

  it("forgets a failure, so the same key is asked again", async () => {
    let calls = 0;
    const answer = rememberLast(async () => {
      calls += 1;
      if (calls === 1) throw new Error("network");
      return "ok";
    });
    await expect(answer("q")).rejects.toThrow("network");
    expect(await answer("q")).toBe("ok");
    expect(calls).toBe(2);
  });

  it("keeps a newer answer when an older key fails after it was replaced", async () => {
    let fail: (error: Error) => void = () => {};
    let calls = 0;
    const answer = rememberLast((key) => {
      calls += 1;
      return key === "old" ? new Promise<string>((_, reject) => (fail = reject)) : Promise.resolve(key);
    });
    const old = answer("old");
    expect(await answer("new")).toBe("new");
    fail(new Error("late"));
    await expect(old).rejects.toThrow("late");
    await answer("new");
    expect(calls).toBe(2);
  });
});
