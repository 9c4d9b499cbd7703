import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findRawFile } from "../../../scripts/lib/paths.ts";
import { readCsv } from "../../../scripts/sources/read-csv.ts";
import { readJson } from "../../../scripts/sources/read-text.ts";
import type { Source } from "../../../scripts/sources/registry.ts";
import { verifyChecksums } from "../../../scripts/sources/verify-checksums.ts";

const dir = mkdtempSync(join(tmpdir(), "obs-raw-file-"));
const at = (name: string) => join(dir, name);

mkdirSync(at("a-directory.csv"));
execFileSync("mkfifo", [at("a-pipe.csv")]);
symlinkSync(at("loop-b.csv"), at("loop-a.csv"));
symlinkSync(at("loop-a.csv"), at("loop-b.csv"));
symlinkSync("/dev/zero", at("zero.json"));
symlinkSync(at("nothing-here.csv"), at("dangling.csv"));
writeFileSync(at("target.csv"), "code\n1\n");
symlinkSync(at("target.csv"), at("link-to-file.csv"));

const refusals = [
  ["a directory", "a-directory.csv", "is a directory, not a regular file: refused without reading it"],
  ["a named pipe", "a-pipe.csv", "is a named pipe (FIFO), not a regular file: refused without reading it"],
  ["a symbolic link loop", "loop-a.csv", "is a symbolic link loop: refused without reading it"],
  ["a link to /dev/zero", "zero.json", "is a character device, not a regular file: refused without reading it"],
  ["a dangling link", "dangling.csv", "is a symbolic link to a file that does not exist"],
] as const;

describe("raw paths that are not regular files are refused with their path, unread", () => {
  it.each(refusals)("readCsv and readJson refuse %s", (_, name, problem) => {
    expect(() => readCsv(at(name), { columns: ["code"] })).toThrow(`${at(name)}: ${problem}`);
    expect(() => readJson(at(name))).toThrow(`${at(name)}: ${problem}`);
  });

  it.each(refusals)("verifyChecksums refuses %s before hashing it", async (_, name, problem) => {
    const source = { id: "test-source", path: name, sha256: "0".repeat(64) } as Source;
    await expect(verifyChecksums([source], [dir])).rejects.toThrow(`${at(name)}: ${problem}`);
  });

  it("finds a looping link where it is, instead of calling it missing from the last directory", () => {
    expect(findRawFile([dir, join(dir, "elsewhere")], "loop-a.csv")).toBe(at("loop-a.csv"));
  });

  it("reads a symbolic link to a regular file", () => {
    expect(readCsv(at("link-to-file.csv"), { columns: ["code"] }).text(0, "code")).toBe("1");
  });

  it("refuses a socket", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(at("a-socket.csv"), resolve));
    try {
      expect(() => readJson(at("a-socket.csv"))).toThrow(
        `${at("a-socket.csv")}: is a socket, not a regular file: refused without reading it`,
      );
    } finally {
      server.close();
    }
  });
});
