/**
 * Zoom and pan of an SVG map in the page: buttons, mouse wheel, drag, two-finger pinch and keys
 * (+, −, 0, Shift+arrows) change the SVG's viewBox (src/lib/map/zoom.ts), so the drawing stays
 * vector; strokes keep their width (CSS vector-effect), place names follow the zoom
 * (src/lib/map/labels.ts) and the marks of fill patterns (parks, cemeteries, hatching) keep their
 * screen size. Plain arrows stay free for the map's own area navigation.
 * Reusable: any map frame whose SVG is replaced calls `refresh()` after each render.
 */
import { labelSizes, visibleLabels, type MapLabel } from "../../lib/map/labels.ts";
import {
  formatViewBox,
  panBy,
  parseViewBox,
  patternTransformAt,
  zoomAbout,
  zoomCentre,
  zoomScale,
  ZOOM_STEP,
  type ViewBox,
} from "../../lib/map/zoom.ts";

export interface MapZoom {
  /** Re-applies the current view to a newly rendered SVG. */
  refresh(): void;
  reset(): void;
}

/** Share of the view one Shift+arrow press moves. */
const PAN_STEP = 0.15;
/** A press that moves less than this many pixels is a click, not a drag. */
const DRAG_THRESHOLD_PX = 5;

export function attachMapZoom(frame: HTMLElement, controls: HTMLElement | null): MapZoom {
  let base: ViewBox | null = null;
  let view: ViewBox | null = null;
  let svgSeen: SVGSVGElement | null = null;
  let gestureMoved = false;
  const pointers = new Map<number, { x: number; y: number }>();

  const svg = () => frame.querySelector<SVGSVGElement>("svg");
  // The drawing is fitted inside the SVG's box ("meet"): where the box is short (an embed gives the map the height the
  // rest leaves), the height sets the scale, not the width.
  const unitsPerPx = (element: SVGSVGElement, current: ViewBox) => {
    const box = element.getBoundingClientRect();
    return Math.max(current.width / Math.max(1, box.width), current.height / Math.max(1, box.height));
  };

  function apply(): void {
    const element = svg();
    if (!element || !base || !view) return;
    element.setAttribute("viewBox", formatViewBox(view));
    const scale = zoomScale(base, view);
    frame.dataset.zoom = String(Math.round(scale * 100) / 100);
    // One finger scrolls the page over the whole map; once zoomed in, it moves the map.
    frame.style.touchAction = scale > 1 ? "none" : "pan-x pan-y";
    updateLabels(element, view, scale);
    updatePatterns(element, scale);
  }

  /** Fill patterns are in map units: counter-scaled, their dots and hatches stay the same on screen. */
  function updatePatterns(element: SVGSVGElement, scale: number): void {
    for (const pattern of element.querySelectorAll<SVGPatternElement>("pattern")) {
      // The pattern's own transform (a rotation), read once from the drawing as rendered.
      pattern.dataset.ownTransform ??= pattern.getAttribute("patternTransform") ?? "";
      const transform = patternTransformAt(pattern.dataset.ownTransform, scale);
      if (transform) pattern.setAttribute("patternTransform", transform);
      else pattern.removeAttribute("patternTransform");
    }
  }

  function updateLabels(element: SVGSVGElement, current: ViewBox, scale: number): void {
    const texts = [...element.querySelectorAll<SVGTextElement>("text[data-label]")];
    if (!texts.length) return;
    const perPx = unitsPerPx(element, current);
    const sizes = labelSizes(perPx);
    for (const kind of ["commune", "quartier"] as const) {
      const group = element.querySelector(`.map-labels-${kind}`);
      group?.setAttribute("font-size", sizes[kind].fontSize);
      group?.setAttribute("stroke-width", sizes[kind].halo);
    }
    const labels: MapLabel[] = texts.map((text) => {
      const [kind, code] = text.dataset.label!.split(":") as [MapLabel["kind"], string];
      return {
        kind,
        code,
        x: Number(text.getAttribute("x")),
        y: Number(text.getAttribute("y")),
        text: text.textContent ?? "",
      };
    });
    const shown = visibleLabels(labels, current, perPx, scale);
    for (const text of texts) {
      if (shown.has(text.dataset.label!)) text.removeAttribute("display");
      else text.setAttribute("display", "none");
    }
  }

  function refresh(): void {
    const element = svg();
    if (!element) return;
    const fresh = element !== svgSeen;
    svgSeen = element;
    const own = parseViewBox(element.getAttribute("viewBox") ?? "0 0 1 1");
    // A new picture of the same map keeps the visitor's view; another map starts whole.
    if (fresh && (!base || formatViewBox(base) !== formatViewBox(own))) {
      base = own;
      view = own;
    }
    apply();
  }

  function set(next: ViewBox): void {
    view = next;
    apply();
  }

  /** Map units of a point of the screen. */
  function toMap(clientX: number, clientY: number): [number, number] {
    const element = svg()!;
    const box = element.getBoundingClientRect();
    const perPx = unitsPerPx(element, view!);
    // The fitted drawing is centred in its box: skip the margin on the side with room to spare.
    const left = box.left + (box.width - view!.width / perPx) / 2;
    const top = box.top + (box.height - view!.height / perPx) / 2;
    return [view!.x + (clientX - left) * perPx, view!.y + (clientY - top) * perPx];
  }

  /** Centres the view on the area the keyboard reached when it lies outside the view. */
  function revealFocused(): void {
    const area = svg()?.querySelector<SVGGraphicsElement>("path.focused");
    if (!area || !base || !view) return;
    const box = area.getBBox();
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    if (cx >= view.x && cx <= view.x + view.width && cy >= view.y && cy <= view.y + view.height) return;
    set(panBy(base, view, cx - (view.x + view.width / 2), cy - (view.y + view.height / 2)));
  }

  const zoomBy = (factor: number) => base && view && set(zoomCentre(base, view, factor));
  const reset = () => base && set(base);

  controls?.addEventListener("click", (event) => {
    const action = (event.target as Element).closest<HTMLElement>("[data-zoom]")?.dataset.zoom;
    if (action === "in") zoomBy(ZOOM_STEP);
    else if (action === "out") zoomBy(1 / ZOOM_STEP);
    else if (action === "reset") reset();
  });
  if (controls) controls.hidden = false;

  frame.addEventListener(
    "wheel",
    (event) => {
      if (!base || !view || event.deltaY === 0) return;
      // The page scrolls over the map unless the map has the focus, or Ctrl is held (a trackpad's pinch).
      if (!event.ctrlKey && !frame.contains(document.activeElement)) return;
      event.preventDefault();
      const [px, py] = toMap(event.clientX, event.clientY);
      set(zoomAbout(base, view, Math.exp(-event.deltaY * 0.002), px, py));
    },
    { passive: false },
  );

  frame.addEventListener("keydown", (event) => {
    if (!base || !view || event.ctrlKey || event.metaKey || event.altKey) return;
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    if (event.key === "+" || event.key === "=") zoomBy(ZOOM_STEP);
    else if (event.key === "-" || event.key === "_") zoomBy(1 / ZOOM_STEP);
    else if (event.key === "0") reset();
    else if (event.shiftKey && pan[event.key]) {
      const [dx, dy] = pan[event.key]!;
      set(panBy(base, view, dx * view.width * PAN_STEP, dy * view.height * PAN_STEP));
    } else {
      // A plain arrow walks the areas (the map's own listener, after this one; a microtask would run
      // between the two): keep the area reached in view once it has moved.
      if (pan[event.key]) setTimeout(revealFocused, 0);
      return;
    }
    event.preventDefault();
  });

  frame.addEventListener("pointerdown", (event) => {
    if (event.pointerType === "mouse" && event.button !== 0) return;
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 1) gestureMoved = false;
  });
  frame.addEventListener("pointermove", (event) => {
    const last = pointers.get(event.pointerId);
    if (!last || !base || !view) return;
    if (pointers.size === 1) {
      const moved = Math.hypot(event.clientX - last.x, event.clientY - last.y);
      if (!gestureMoved && moved < DRAG_THRESHOLD_PX) return;
      if (!gestureMoved) frame.setPointerCapture?.(event.pointerId);
      gestureMoved = true;
      const perPx = unitsPerPx(svg()!, view);
      set(panBy(base, view, -(event.clientX - last.x) * perPx, -(event.clientY - last.y) * perPx));
    } else if (pointers.size === 2) {
      const other = [...pointers.entries()].find(([id]) => id !== event.pointerId)![1];
      const before = Math.hypot(last.x - other.x, last.y - other.y);
      const after = Math.hypot(event.clientX - other.x, event.clientY - other.y);
      if (before > 0) {
        gestureMoved = true;
        const [px, py] = toMap((event.clientX + other.x) / 2, (event.clientY + other.y) / 2);
        set(zoomAbout(base, view, after / before, px, py));
      }
    }
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  });
  const release = (event: PointerEvent) => pointers.delete(event.pointerId);
  frame.addEventListener("pointerup", release);
  frame.addEventListener("pointercancel", release);
  // The click that ends a drag is not a click on an area.
  frame.addEventListener(
    "click",
    (event) => {
      if (gestureMoved) {
        event.stopImmediatePropagation();
        gestureMoved = false;
      }
    },
    { capture: true },
  );
  new ResizeObserver(() => apply()).observe(frame);

  refresh();
  return { refresh, reset };
}
