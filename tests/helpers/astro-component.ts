/**
 * Renders an .astro component to HTML in a plain unit test, without Astro's Vite plugin: the
 * component is compiled with Astro's own compiler and rendered by the Container API
 * (https://docs.astro.build/en/reference/container-reference/). The compiled module is written to a
 * temporary directory, its relative imports pointed back at the component's own folder; enough
 * for components without other .astro children or assets (MapLegend.astro, ComparisonMark.astro).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { experimental_AstroContainer as AstroContainer } from "astro/container";

const fromAstro = createRequire(createRequire(import.meta.url).resolve("astro/package.json"));

export async function renderAstroComponent(file: string, props: Record<string, unknown>): Promise<string> {
  const { transform } = (await import(
    pathToFileURL(fromAstro.resolve("@astrojs/compiler-rs")).href
  )) as typeof import("@astrojs/compiler-rs");
  const filename = resolve(file);
  const dir = mkdtempSync(join(tmpdir(), "obs-astro-"));
  // The compiler (@astrojs/compiler-rs 0.5) also imports `createMetadata`, which this Astro's
  // runtime no longer exports; it only describes hydration, so a stand-in that returns its input will do.
  const internalURL = pathToFileURL(join(dir, "runtime.mjs")).href;
  const runtime = pathToFileURL(fromAstro.resolve("astro/compiler-runtime")).href;
  writeFileSync(
    join(dir, "runtime.mjs"),
    `export * from ${JSON.stringify(runtime)};\nexport const createMetadata = (file, metadata) => metadata;\n`,
  );
  // As Astro's Vite plugin compiles (astro/dist/core/compile/compile.js), with this site's settings:
  // HTML compressed as JSX does (Astro's default `compressHTML: "jsx"`: whitespace that contains a line
  // break is dropped), styles scoped by attribute (Astro's default).
  const { code, diagnostics } = transform(readFileSync(filename, "utf8"), {
    filename,
    // Root-relative, as Astro normalises it: the scope of the component's styles is hashed from it.
    normalizedFilename: `/${relative(process.cwd(), filename).split(sep).join("/")}`,
    internalURL,
    compact: "jsx",
    resultScopedSlot: true,
    scopedStyleStrategy: "attribute",
  });
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length) throw new Error(`${file} does not compile: ${errors.map((d) => d.text).join("; ")}`);
  const compiled = join(dir, "component.mjs");
  const fromComponent = (specifier: string) => pathToFileURL(resolve(dirname(filename), specifier)).href;
  writeFileSync(
    compiled,
    code.replace(
      /(\bfrom\s*|\bimport\s*\(?\s*)(["'])(\.\.?\/[^"']+)\2/g,
      (_, keyword: string, quote: string, specifier: string) => `${keyword}${quote}${fromComponent(specifier)}${quote}`,
    ),
  );
  let component: Parameters<AstroContainer["renderToString"]>[0];
  try {
    component = ((await import(/* @vite-ignore */ pathToFileURL(compiled).href)) as { default: typeof component })
      .default;
  } finally {
    // Loaded: the compiled files are no longer needed.
    rmSync(dir, { recursive: true, force: true });
  }
  const container = await AstroContainer.create();
  return container.renderToString(component, { props });
}
