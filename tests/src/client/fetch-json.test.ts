import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchJson } from "../../../src/client/fetch-json.ts";

/** A fetch answering from a list of responses, in order, recording the paths asked for. */
function stubFetch(...answers: (() => Response)[]) {
  const asked: string[] = [];
  vi.stubGlobal("fetch", async (path: string) => {
    asked.push(path);
    const answer = answers.shift();
    if (!answer) throw new Error("no more answers");
    return answer();
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("fetchJson(path)", () => {
  it("fetches a file once, concurrent and later calls sharing the answer", async () => {
    const asked = stubFetch(() => Response.json({ a: 1 }));
    const [first, second] = await Promise.all([fetchJson("/once.json"), fetchJson("/once.json")]);
    expect(first).toEqual({ a: 1 });
    expect(second).toBe(first);
    expect(await fetchJson("/once.json")).toBe(first);
    expect(asked).toEqual(["/once.json"]);
  });

  it("rejects on an HTTP error, then fetches again on the next call", async () => {
    const asked = stubFetch(
      () => new Response("", { status: 503 }),
      () => Response.json([1]),
    );
    await expect(fetchJson("/flaky.json")).rejects.toThrow("/flaky.json: HTTP 503");
    expect(await fetchJson("/flaky.json")).toEqual([1]);
    expect(asked).toEqual(["/flaky.json", "/flaky.json"]);
  });

  it("forgets a network failure too", async () => {
    const asked = stubFetch(
      () => {
        throw new TypeError("Failed to fetch");
      },
      () => Response.json("ok"),
    );
    await expect(fetchJson("/offline.json")).rejects.toThrow("Failed to fetch");
    expect(await fetchJson("/offline.json")).toBe("ok");
    expect(asked).toHaveLength(2);
  });
});
