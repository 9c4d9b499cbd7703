import { ESLint } from "eslint";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../scripts/lib/paths.ts";

const eslint = new ESLint({ cwd: projectRoot });
async function messages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(projectRoot, file) });
  return result!.messages.map((message) => message.message);
}

describe("import boundaries of scripts/serve (eslint.config.js)", () => {
  it("keeps the pipeline from importing the site server, which imports nothing of src/", async () => {
    expect(await messages("scripts/tables/x.ts", 'import "../serve/site-server.ts";\n')).toEqual([
      "'../serve/site-server.ts' import is restricted from being used by a pattern. The pipeline does not import the site's HTTP server (scripts/serve serves the build, after the pipeline).",
    ]);
    expect(await messages("scripts/serve/x.ts", 'import "../../src/core/languages.ts";\n')).toEqual([
      "'../../src/core/languages.ts' import is restricted from being used by a pattern. The site's HTTP server serves the build: it imports nothing of src/.",
    ]);
    expect(await messages("scripts/serve/x.ts", 'import "./site-server.ts";\nimport "../lib/errors.ts";\n')).toEqual(
      [],
    );
    expect(await messages("scripts/dev/x.ts", 'import "../serve/site-server.ts";\n')).toEqual([]);
  });
});
