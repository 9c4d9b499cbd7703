/**
 * Browser side of the citation (no imports, so the page's script stays tiny): fills in the origin
 * of every `[data-relative-url]` citation when the build did not know the site's address.
 */
export function absolutizeUrls(root: ParentNode, origin: string): void {
  for (const element of root.querySelectorAll<HTMLElement>("[data-relative-url]")) {
    const path = element.dataset.relativeUrl!;
    element.textContent = element.textContent!.replace(path, new URL(path, origin).href);
    element.removeAttribute("data-relative-url");
  }
}
