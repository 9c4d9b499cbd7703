/**
 * The code snippets of the URL-scheme page carry paths when the build did not know the site's
 * origin (no OBS_SITE_URL): they get the origin the reader is on, so they work when pasted.
 */
export function absolutizeSnippets(root: ParentNode, origin: string): void {
  for (const block of root.querySelectorAll<HTMLElement>("[data-needs-origin]")) {
    const code = block.querySelector("code") ?? block;
    code.textContent = code.textContent!.replace(/"(\/[^"\s]*)"/g, (_, path: string) => `"${origin}${path}"`);
    block.removeAttribute("data-needs-origin");
  }
  const shown = root.querySelector<HTMLElement>("[data-origin='']");
  if (shown) shown.textContent = shown.textContent!.replace("https://…", origin);
}
