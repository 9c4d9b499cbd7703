/**
 * The register page's maps from the keyboard: the areas become buttons named by their title
 * ("Name: value"), one tab stop per map (roving tabindex on the chosen or the first area), the
 * arrow keys, Home and End go from area to area in the table's published order, and Enter or
 * Space chooses the area (its card opens). The SVG turns from a picture into a group so that its
 * areas are exposed to assistive technology.
 */

/** Makes the map in `frame` keyboard operable; call again after each redraw (keeps focus on the same area). */
export function focusableAreas(frame: HTMLElement, current: string | null, hadFocus: string | null): void {
  const svg = frame.querySelector("svg");
  if (!svg) return;
  svg.setAttribute("role", "group");
  const paths = areaPaths(frame);
  const stop = paths.find((p) => p.dataset.code === (hadFocus ?? current)) ?? paths[0];
  for (const path of paths) {
    path.setAttribute("role", "button");
    path.setAttribute("aria-label", path.querySelector("title")?.textContent ?? path.dataset.code!);
    path.setAttribute("tabindex", path === stop ? "0" : "-1");
    if (path.dataset.code === current) path.setAttribute("aria-pressed", "true");
    else path.setAttribute("aria-pressed", "false");
  }
  if (hadFocus !== null) stop?.focus();
}

/** The code of the area that has the focus in `frame`, if any (read before a redraw). */
export function focusedArea(frame: HTMLElement): string | null {
  const active = frame.ownerDocument.activeElement;
  return active instanceof SVGPathElement && frame.contains(active) ? (active.dataset.code ?? null) : null;
}

/** Arrow keys, Home and End move the focus between areas; Enter or Space chooses the focused one. */
export function wireAreaKeys(frame: HTMLElement, choose: (code: string) => void): void {
  frame.addEventListener("keydown", (event) => {
    const path = (event.target as Element).closest?.<SVGPathElement>("path[data-code]");
    if (!path) return;
    const paths = areaPaths(frame);
    const index = paths.indexOf(path);
    const next: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: paths.length - 1,
    };
    if (event.key in next) {
      event.preventDefault();
      const target = paths[(next[event.key]! + paths.length) % paths.length]!;
      path.setAttribute("tabindex", "-1");
      target.setAttribute("tabindex", "0");
      target.focus();
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      choose(path.dataset.code!);
    }
  });
}

function areaPaths(frame: HTMLElement): SVGPathElement[] {
  return [...frame.querySelectorAll<SVGPathElement>("g.areas path[data-code]")];
}
