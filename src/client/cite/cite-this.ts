/**
 * Browser side of CiteThis.astro: completes the permalink with the site's origin when the build
 * did not know it, shows the copy button (useless without a script) and, for a figure whose view
 * changes in the page (the explorer map), rewrites the sentence from its template.
 */
import { formatMessage } from "../../i18n/format-message.ts";

export function enhanceCiteThis(root: ParentNode, origin: string): void {
  for (const block of root.querySelectorAll<HTMLElement>("[data-cite]:not([data-enhanced])")) {
    block.dataset.enhanced = "true";
    const text = block.querySelector<HTMLElement>("[data-cite-text]")!;
    const relative = text.dataset.relativeUrl;
    if (relative) {
      text.textContent = text.textContent!.replace(relative, new URL(relative, origin).href);
      text.removeAttribute("data-relative-url");
    }
    const button = block.querySelector<HTMLButtonElement>("[data-cite-copy]")!;
    const status = block.querySelector<HTMLElement>("[data-cite-status]")!;
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(text.textContent ?? "");
        status.textContent = button.dataset.copied ?? "";
      } catch {
        // No clipboard permission (an insecure origin, a refusal): select the text for Ctrl+C.
        getSelection()?.selectAllChildren(text);
        status.textContent = button.dataset.failed ?? "";
      }
    });
  }
}

/** Rewrites a templated citation ("{view}", "{sources}", "{url}") for the view now shown. */
export function updateCitation(root: ParentNode, params: Record<string, string>): void {
  const block = root.querySelector<HTMLElement>("[data-cite][data-cite-template]");
  if (!block) return;
  block.querySelector<HTMLElement>("[data-cite-text]")!.textContent = formatMessage(
    block.dataset.citeTemplate!,
    params,
  );
  const status = block.querySelector<HTMLElement>("[data-cite-status]");
  if (status) status.textContent = "";
}
