/**
 * Zoom and pan of a map by its SVG viewBox, so that the drawing stays vector: pure maths, shared by
 * the explorer's map and any other map of the site (src/client/map/zoom.ts wires it to the DOM).
 */
export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Beyond eight times, a quartier fills the screen: closer shows nothing more of our data. */
export const MAX_ZOOM = 8;
/** One press of a button or key. */
export const ZOOM_STEP = 1.5;

/** How many times the view is enlarged: 1 when the whole map shows. */
export function zoomScale(base: ViewBox, view: ViewBox): number {
  return base.width / view.width;
}

/**
 * Zooms by `factor` (above 1 closer, below 1 farther) about the point (px, py) in map units, which
 * stays where it is on screen; the scale stays within 1 and MAX_ZOOM and the view inside the map.
 */
export function zoomAbout(base: ViewBox, view: ViewBox, factor: number, px: number, py: number): ViewBox {
  const scale = Math.min(MAX_ZOOM, Math.max(1, zoomScale(base, view) * factor));
  const width = base.width / scale;
  const height = base.height / scale;
  const applied = width / view.width;
  return clampView(base, {
    x: px - (px - view.x) * applied,
    y: py - (py - view.y) * applied,
    width,
    height,
  });
}

/** Zooms about the centre of the view (buttons and keys). */
export function zoomCentre(base: ViewBox, view: ViewBox, factor: number): ViewBox {
  return zoomAbout(base, view, factor, view.x + view.width / 2, view.y + view.height / 2);
}

/** Moves the view by (dx, dy) map units, never past the map's edges. */
export function panBy(base: ViewBox, view: ViewBox, dx: number, dy: number): ViewBox {
  return clampView(base, { ...view, x: view.x + dx, y: view.y + dy });
}

/** Keeps the view inside the map (a view as large as the map is the map). */
export function clampView(base: ViewBox, view: ViewBox): ViewBox {
  const width = Math.min(view.width, base.width);
  const height = Math.min(view.height, base.height);
  const within = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
  return {
    x: within(view.x, base.x, base.x + base.width - width),
    y: within(view.y, base.y, base.y + base.height - height),
    width,
    height,
  };
}

export function parseViewBox(text: string): ViewBox {
  const [x, y, width, height] = text
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  return { x: x!, y: y!, width: width!, height: height! };
}

/** Hundredths of a map unit: a stable attribute, far below a screen pixel. */
export function formatViewBox(view: ViewBox): string {
  const round = (n: number) => String(Math.round(n * 100) / 100);
  return [view.x, view.y, view.width, view.height].map(round).join(" ");
}

/**
 * The transform of a fill pattern (a park's dots, a cemetery's crosses, a hatching) in a view
 * enlarged `scale` times: shrunk by as much, so that its marks keep their size on screen as the
 * place names do, while the areas they fill grow. `own` is the pattern's own transform (a
 * rotation), kept; at the whole map the pattern is as drawn.
 */
export function patternTransformAt(own: string, scale: number): string {
  if (scale === 1) return own;
  const counter = `scale(${Math.round((1 / scale) * 10_000) / 10_000})`;
  return own ? `${counter} ${own}` : counter;
}
