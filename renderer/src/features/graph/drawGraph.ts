import { drawPixels } from './drawPixels';
import { drawnRadius, type ViewTransform } from './viewTransform';

/** What a frame draws: positions, links (node index pairs), each node's radius, colour and label. */
export interface GraphScene {
  xy: Float32Array;
  links: Int32Array;
  radii: Float32Array;
  colours: string[];
  /** Labels drawn next to these nodes (the ego and the biggest few). */
  labelled: ReadonlyArray<{ index: number; text: string }>;
  hover: number;
  background: string;
  /** Links drawn faintly and dashed, under the others (a cascade's follows among its authors). */
  faint?: Int32Array;
  /** Vertical guides at world x with a label at the top (a cascade's time axis). */
  axis?: ReadonlyArray<{ x: number; label: string }>;
}

/** Above this many nodes, the graph is drawn into a pixel buffer (drawPixels.ts) instead of as paths. */
export const PIXELS_ABOVE = 5_000;

/** Follow lines drawn per frame at most, as paths and as pixels: beyond it every n-th line is drawn. */
export const EDGE_BUDGET = { paths: 8_000, pixels: 5_000 } as const;

const images = new WeakMap<CanvasRenderingContext2D, ImageData>();

/** Draw every n-th line of a graph so at most the budget of its drawing mode is drawn (1 = all). */
export function edgeStride(nodeCount: number, edgeCount: number): number {
  const budget = nodeCount > PIXELS_ABOVE ? EDGE_BUDGET.pixels : EDGE_BUDGET.paths;
  return Math.max(1, Math.ceil(edgeCount / budget));
}

/**
 * Draws one frame on a 2D canvas: background, links as one batched path (fainter for big graphs, and
 * every n-th only above the budget), nodes grouped by colour (dots under 2 px as squares, which
 * raster several times faster); graphs over PIXELS_ABOVE nodes
 * go through drawPixels. Labels come last, as canvas text, never HTML.
 */
export function drawGraph(ctx: CanvasRenderingContext2D, scene: GraphScene, t: ViewTransform, width: number, height: number, dpr = 1): void {
  const { xy, links, radii, colours } = scene;
  if (radii.length > PIXELS_ABOVE) {
    let image = images.get(ctx);
    if (!image || image.width !== ctx.canvas.width || image.height !== ctx.canvas.height) {
      image = ctx.createImageData(ctx.canvas.width, ctx.canvas.height);
      images.set(ctx, image);
    }
    drawPixels(image, scene, t, dpr, edgeStride(radii.length, links.length / 2));
    ctx.putImageData(image, 0, 0);
    drawAxis(ctx, scene, t, height);
    return drawOverlay(ctx, scene, t);
  }
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, width, height);
  drawAxis(ctx, scene, t, height);
  const sx = (i: number): number => xy[2 * i] * t.k + t.x;
  const sy = (i: number): number => xy[2 * i + 1] * t.k + t.y;
  const faint = scene.faint;
  if (faint && faint.length) {
    ctx.lineWidth = 1;
    ctx.setLineDash([3, 4]);
    ctx.strokeStyle = 'rgba(177,151,252,0.28)';
    ctx.beginPath();
    for (let e = 0; e + 1 < faint.length; e += 2 * edgeStride(radii.length, faint.length / 2)) {
      ctx.moveTo(sx(faint[e]), sy(faint[e]));
      ctx.lineTo(sx(faint[e + 1]), sy(faint[e + 1]));
    }
    ctx.stroke();
    ctx.setLineDash([]);
  }
  ctx.lineWidth = 1;
  const stride = 2 * edgeStride(radii.length, links.length / 2);
  // Beside faint links the main ones (a cascade's tree) stand out more.
  ctx.strokeStyle = faint ? 'rgba(200,210,220,0.55)' : links.length > 20_000 ? 'rgba(139,152,165,0.15)' : 'rgba(139,152,165,0.3)';
  ctx.beginPath();
  for (let e = 0; e + 1 < links.length; e += stride) {
    ctx.moveTo(sx(links[e]), sy(links[e]));
    ctx.lineTo(sx(links[e + 1]), sy(links[e + 1]));
  }
  ctx.stroke();
  const byColour = new Map<string, number[]>();
  for (let i = 0; i < radii.length; i++) {
    const list = byColour.get(colours[i]);
    if (list) list.push(i);
    else byColour.set(colours[i], [i]);
  }
  for (const [colour, nodes] of byColour) {
    ctx.fillStyle = colour;
    ctx.beginPath();
    for (const i of nodes) {
      const r = drawnRadius(radii[i], t.k);
      if (r < 2) ctx.fillRect(sx(i) - r, sy(i) - r, 2 * r, 2 * r);
      else {
        ctx.moveTo(sx(i) + r, sy(i));
        ctx.arc(sx(i), sy(i), r, 0, Math.PI * 2);
      }
    }
    ctx.fill();
  }
  drawOverlay(ctx, scene, t);
}

/** Vertical guide lines at world x positions, each labelled at the top (as canvas text). */
function drawAxis(ctx: CanvasRenderingContext2D, scene: GraphScene, t: ViewTransform, height: number): void {
  if (!scene.axis?.length) return;
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'top';
  ctx.lineWidth = 1;
  for (const { x, label } of scene.axis) {
    const px = Math.round(x * t.k + t.x) + 0.5;
    ctx.strokeStyle = 'rgba(139,152,165,0.18)';
    ctx.beginPath();
    ctx.moveTo(px, 22);
    ctx.lineTo(px, height);
    ctx.stroke();
    ctx.fillStyle = '#8b98a5';
    ctx.fillText(label, px + 3, 6);
  }
}

/** The hover ring and the labels, drawn over the graph. */
function drawOverlay(ctx: CanvasRenderingContext2D, scene: GraphScene, t: ViewTransform): void {
  const { xy, radii } = scene;
  const sx = (i: number): number => xy[2 * i] * t.k + t.x;
  const sy = (i: number): number => xy[2 * i + 1] * t.k + t.y;
  if (scene.hover >= 0) {
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(sx(scene.hover), sy(scene.hover), drawnRadius(radii[scene.hover], t.k) + 2, 0, Math.PI * 2);
    ctx.stroke();
  }
  // Labelled nodes (the ego first) are drawn again on top, so a crowd never hides them.
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = scene.background;
  for (const { index } of [...scene.labelled].reverse()) {
    ctx.fillStyle = scene.colours[index];
    ctx.beginPath();
    ctx.arc(sx(index), sy(index), Math.max(3, drawnRadius(radii[index], t.k)), 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
  }
  ctx.font = '12px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  for (const { index, text } of scene.labelled) {
    const x = sx(index) + drawnRadius(radii[index], t.k) + 4;
    ctx.lineWidth = 3;
    ctx.strokeStyle = scene.background;
    ctx.strokeText(text, x, sy(index));
    ctx.fillStyle = '#e6edf3';
    ctx.fillText(text, x, sy(index));
  }
}
