/**
 * A tool's map zooms as the explorer's does (src/client/map/zoom.ts): the buttons, the wheel, a
 * pinch and the keys + − 0 and Shift+arrows once the map has the focus. The tool calls `refresh()`
 * after each drawing; a new drawing of the same map keeps the view.
 */
import { attachMapZoom, type MapZoom } from "../map/zoom.ts";

export function attachToolMapZoom(root: Document): MapZoom {
  const frame = root.querySelector<HTMLElement>("[data-map]")!;
  const help = root.querySelector<HTMLElement>("#tool-map-zoom-help");
  // Focusable, so that the keys reach the map; the help says which keys.
  frame.tabIndex = 0;
  if (help) {
    help.hidden = false;
    frame.setAttribute("aria-describedby", help.id);
  }
  return attachMapZoom(frame, root.querySelector<HTMLElement>("[data-map-zoom]"));
}
