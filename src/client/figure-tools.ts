/**
 * Browser side of FigureTools.astro: PNG export of the figure's SVG (drawn on a canvas at twice
 * the size, with the SVG's own title, legend, source and date when it is a standalone SVG) and
 * "copy embed code" (responsive or fixed-size iframe, host language, <img> codes: embed/snippet-controls.ts).
 */
import { saveBlob } from "./save-blob.ts";
import { snippetControls, type SnippetLabels } from "./embed/snippet-controls.ts";

interface Labels {
  png: string;
  copy: string;
  copied: string;
  embedCode: string;
  snippets: SnippetLabels;
}

export function enhanceFigureTools(root: ParentNode): void {
  for (const tools of root.querySelectorAll<HTMLElement>("[data-figure-tools]:not([data-enhanced])")) {
    tools.dataset.enhanced = "true";
    const labels = JSON.parse(tools.dataset.labels ?? "{}") as Labels;
    const png = button(labels.png);
    png.addEventListener("click", () => void exportPng(tools));
    tools.append(png);
    if (tools.dataset.embed) tools.append(...embedControls(tools, labels));
  }
}

function button(label: string): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = label;
  return element;
}

function embedControls(tools: HTMLElement, labels: Labels): HTMLElement[] {
  // Size, host language, iframe and <img> codes: src/client/embed/snippet-controls.ts.
  const { elements, field } = snippetControls(tools, { ...labels.snippets, embedCode: labels.embedCode });
  const copy = button(labels.copy);
  const status = document.createElement("span");
  status.setAttribute("role", "status");
  // The field's current value: the explorer rewrites it whenever the view changes.
  copy.addEventListener("click", async () => {
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
    } catch {
      document.execCommand("copy");
    }
    status.textContent = labels.copied;
  });
  return [copy, status, ...elements];
}

async function exportPng(tools: HTMLElement): Promise<void> {
  const figure = tools.closest("figure");
  const svgLink = tools.querySelector<HTMLAnchorElement>("a[href$='.svg']");
  // Prefer the standalone SVG (title, legend and source drawn in); else the figure's own picture.
  const text = svgLink
    ? await (await fetch(svgLink.href)).text()
    : new XMLSerializer().serializeToString(figure!.querySelector("svg")!);
  const blob = new Blob([text], { type: "image/svg+xml" });
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), "image/png"));
    saveBlob(png, `${tools.dataset.file ?? "figure"}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
