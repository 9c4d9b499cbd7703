import { describe, expect, it } from "vitest";
import { messageFiles } from "../../../src/i18n/translate.ts";

describe("message files", () => {
  it("never define the same key twice: the later file would silently replace the other's words", () => {
    const owners = new Map<string, string[]>();
    for (const [file, messages] of Object.entries(messageFiles))
      for (const key of Object.keys(messages.en)) owners.set(key, [...(owners.get(key) ?? []), file]);
    expect(
      [...owners].filter(([, files]) => files.length > 1).map(([key, files]) => `${key}: ${files.join(", ")}`),
    ).toEqual([]);
  });
});
