/** Pan and zoom of the graph canvas: screen = world × k + (x, y), in CSS pixels. */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

/** Zoom limits. */
export const ZOOM = { min: 0.05, max: 8 } as const;

/** The world point under a screen point. */
export function toWorld(t: ViewTransform, sx: number, sy: number): [number, number] {
  return [(sx - t.x) / t.k, (sy - t.y) / t.k];
}

/** Zooms by `factor` keeping the world point under (sx, sy) where it is. */
export function zoomAt(t: ViewTransform, sx: number, sy: number, factor: number): ViewTransform {
  const k = Math.min(ZOOM.max, Math.max(ZOOM.min, t.k * factor));
  const [wx, wy] = toWorld(t, sx, sy);
  return { k, x: sx - wx * k, y: sy - wy * k };
}

/** The transform that fits positions ([x0, y0, …]) into a width × height box with a margin. */
export function fitView(xy: Float32Array, width: number, height: number, margin = 40): ViewTransform {
  if (xy.length < 2 || width <= 0 || height <= 0) return { x: width / 2, y: height / 2, k: 1 };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i + 1 < xy.length; i += 2) {
    x0 = Math.min(x0, xy[i]);
    x1 = Math.max(x1, xy[i]);
    y0 = Math.min(y0, xy[i + 1]);
    y1 = Math.max(y1, xy[i + 1]);
  }
  const w = Math.max(1, x1 - x0);
  const h = Math.max(1, y1 - y0);
  const k = Math.min(ZOOM.max, Math.max(ZOOM.min, Math.min((width - 2 * margin) / w, (height - 2 * margin) / h, 3)));
  return { k, x: width / 2 - ((x0 + x1) / 2) * k, y: height / 2 - ((y0 + y1) / 2) * k };
}

/**
 * How big a node of radius r (CSS px at zoom 1) is drawn at zoom k: it grows and shrinks with the
 * zoom, but only by the square root, so far-out views keep visible dots and close-ups stay uncluttered.
 */
export function drawnRadius(r: number, k: number): number {
  return r * Math.sqrt(k);
}

/** The index of the node whose drawn circle (plus `slack` px) contains the screen point, nearest first, or -1. */
export function nodeAt(xy: Float32Array, radii: Float32Array, t: ViewTransform, sx: number, sy: number, slack = 3): number {
  const [wx, wy] = toWorld(t, sx, sy);
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < radii.length; i++) {
    const dx = xy[2 * i] - wx;
    const dy = xy[2 * i + 1] - wy;
    const d = dx * dx + dy * dy;
    const r = (drawnRadius(radii[i], t.k) + slack) / t.k;
    if (d <= r * r && d < bestD) {
      best = i;
      bestD = d;
    }
  }
  return best;
}
