import { parseHTML } from "linkedom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderLegend } from "../../../src/client/legend.ts";
import type { LegendItem } from "../../../src/lib/map/svg.ts";
import { renderAstroComponent } from "../../helpers/astro-component.ts";
import { expectSnapshot } from "../../helpers/snapshot.ts";
import { readInput } from "../../helpers/snapshot-grid.ts";

const input = readInput<{ title: string; items: LegendItem[] }>("legend.json");

/** The browser legend, drawn into a linkedom list. */
function clientLegend(): string {
  const { document } = parseHTML(
    `<!doctype html><html><body><ul class="map-legend" aria-labelledby="legend-test" data-legend></ul></body></html>`,
  );
  vi.stubGlobal("document", document);
  const list = document.querySelector("ul") as unknown as HTMLElement;
  renderLegend(list, input.items);
  return list.outerHTML;
}

const astroLegend = () =>
  renderAstroComponent("src/components/MapLegend.astro", { id: "legend-test", title: input.title, items: input.items });

interface Node {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  attributes?: ArrayLike<{ name: string; value: string }>;
  childNodes: ArrayLike<Node>;
}

/** A node as elements (name, attributes sorted: serializers order them differently) and text. */
function canonical(node: Node): unknown {
  if (node.nodeType === 3) return node.textContent;
  const attributes = Array.from(node.attributes ?? [], (a) => `${a.name}=${a.value}`).sort();
  // Adjacent text nodes joined (linkedom's parser splits text at character references).
  const children = Array.from(node.childNodes, canonical).reduce<unknown[]>((all, child) => {
    if (typeof child === "string" && typeof all.at(-1) === "string") all[all.length - 1] += child;
    else all.push(child);
    return all;
  }, []);
  return [node.nodeName.toLowerCase(), attributes, children];
}

/** The list items, parsed: what both renderers must agree on. */
function listItems(html: string): unknown[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return Array.from(document.querySelectorAll("ul.map-legend > li"), (li) => canonical(li as unknown as Node));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("renderLegend(list, items)", () => {
  it("writes one swatch per item, hatching included", () => {
    const html = clientLegend();
    expect(clientLegend()).toBe(html);
    expectSnapshot("legend-client", html, undefined, "html");
  });
});

describe("<MapLegend id title items />", () => {
  it("writes the title and one swatch per item", async () => {
    const html = await astroLegend();
    expect(await astroLegend()).toBe(html);
    expectSnapshot("legend-astro", html, undefined, "html");
  });

  it("writes the same items as the browser legend", async () => {
    const items = listItems(await astroLegend());
    expect(items).toHaveLength(input.items.length);
    expect(items).toEqual(listItems(clientLegend()));
  });
});
