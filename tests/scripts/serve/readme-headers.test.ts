import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../scripts/lib/paths.ts";
import { headersForPath, parseHeadersFile } from "../../../scripts/serve/headers-file.ts";

const file = join(projectRoot, "public", "_headers");
const everywhere = headersForPath(parseHeadersFile(readFileSync(file, "utf8"), file), "/fr/query/");
const readme = readFileSync(join(projectRoot, "README.md"), "utf8");

describe("README's nginx and Caddy examples", () => {
  it("send the headers of public/_headers, value for value", () => {
    const blocks = [...readme.matchAll(/```(nginx|caddy)\n([\s\S]*?)```/g)].map((match) => match[2]!);
    const nginx = blocks.filter((_, i) => i < 2).join("\n");
    const caddy = blocks[2]!;
    expect(blocks).toHaveLength(3);
    for (const name of ["content-security-policy", "permissions-policy", "referrer-policy", "x-frame-options"]) {
      const value = everywhere.get(name)!;
      expect(nginx, name).toContain(`"${value}"`);
      expect(caddy, name).toContain(`"${value}"`);
    }
  });
});
