import type { GraphScene } from './drawGraph';
import { drawnRadius, type ViewTransform } from './viewTransform';

const parsed = new Map<string, number>();

/** `#rrggbb` as a little-endian ABGR pixel (opaque). */
function pixelOf(hex: string): number {
  let p = parsed.get(hex);
  if (p === undefined) {
    const m = /^#([0-9a-f]{6})$/i.exec(hex);
    const c = m ? parseInt(m[1], 16) : 0xffffff;
    p = (0xff000000 | ((c & 0xff) << 16) | (c & 0xff00) | (c >> 16)) >>> 0;
    parsed.set(hex, p);
  }
  return p;
}

/**
 * Draws big graphs straight into a pixel buffer: lines (Bresenham, blended at low opacity) and
 * square dots, then one putImageData. A software canvas rasterises tens of thousands of paths far
 * more slowly than this loop writes the same pixels, and the frame then commits as a plain bitmap.
 * `image` must be width × height device pixels; `dpr` scales CSS pixels to device pixels.
 */
export function drawPixels(image: ImageData, scene: GraphScene, t: ViewTransform, dpr: number, lineStride: number): void {
  const { width: w, height: h } = image;
  const px = new Uint32Array(image.data.buffer);
  px.fill(pixelOf(scene.background));
  const sx = (i: number): number => Math.round((scene.xy[2 * i] * t.k + t.x) * dpr);
  const sy = (i: number): number => Math.round((scene.xy[2 * i + 1] * t.k + t.y) * dpr);
  const { links } = scene;
  for (let e = 0; e + 1 < links.length; e += 2 * lineStride) line(px, w, h, sx(links[e]), sy(links[e]), sx(links[e + 1]), sy(links[e + 1]));
  for (let i = 0; i < scene.radii.length; i++) {
    const abgr = pixelOf(scene.colours[i]);
    const x = sx(i);
    const y = sy(i);
    // Half-size dots, and single pixels under 1.5, so a cloud of thousands stays a cloud of points.
    const d = 0.5 * drawnRadius(scene.radii[i], t.k) * dpr;
    if (d < 1.5) {
      if (x >= 0 && y >= 0 && x < w && y < h) px[y * w + x] = abgr;
      continue;
    }
    const r = Math.round(d);
    for (let yy = Math.max(0, y - r); yy < Math.min(h, y + r); yy++) px.fill(abgr, yy * w + Math.max(0, x - r), yy * w + Math.min(w, x + r));
  }
}

/** A 1-pixel line blended at about 20% grey over what is there. */
function line(px: Uint32Array, w: number, h: number, x0: number, y0: number, x1: number, y1: number): void {
  const dx = Math.abs(x1 - x0);
  const dy = -Math.abs(y1 - y0);
  const stepX = x0 < x1 ? 1 : -1;
  const stepY = y0 < y1 ? 1 : -1;
  let err = dx + dy;
  for (let n = 0; n < 4096; n++) {
    if (x0 >= 0 && y0 >= 0 && x0 < w && y0 < h) {
      const at = y0 * w + x0;
      const p = px[at];
      // Little-endian ABGR: lift each channel a fifth of the way towards the muted grey #8b98a5.
      const r = (p & 0xff) + (((139 - (p & 0xff)) * 51) >> 8);
      const g = ((p >> 8) & 0xff) + (((152 - ((p >> 8) & 0xff)) * 51) >> 8);
      const b = ((p >> 16) & 0xff) + (((165 - ((p >> 16) & 0xff)) * 51) >> 8);
      px[at] = 0xff000000 | (b << 16) | (g << 8) | r;
    }
    if (x0 === x1 && y0 === y1) return;
    const e2 = 2 * err;
    if (e2 >= dy) {
      err += dy;
      x0 += stepX;
    }
    if (e2 <= dx) {
      err += dx;
      y0 += stepY;
    }
  }
}
