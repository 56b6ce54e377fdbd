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
}

/**
 * Draws one frame on a 2D canvas: background, links as one batched path (fainter for big graphs),
 * nodes grouped by colour, then labels. Labels are canvas text, never HTML.
 */
export function drawGraph(ctx: CanvasRenderingContext2D, scene: GraphScene, t: ViewTransform, width: number, height: number): void {
  const { xy, links, radii, colours } = scene;
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, width, height);
  const sx = (i: number): number => xy[2 * i] * t.k + t.x;
  const sy = (i: number): number => xy[2 * i + 1] * t.k + t.y;
  ctx.lineWidth = 1;
  ctx.strokeStyle = links.length > 20_000 ? 'rgba(139,152,165,0.12)' : 'rgba(139,152,165,0.3)';
  ctx.beginPath();
  for (let e = 0; e + 1 < links.length; e += 2) {
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
      ctx.moveTo(sx(i) + r, sy(i));
      ctx.arc(sx(i), sy(i), r, 0, Math.PI * 2);
    }
    ctx.fill();
  }
  if (scene.hover >= 0) {
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(sx(scene.hover), sy(scene.hover), drawnRadius(radii[scene.hover], t.k) + 2, 0, Math.PI * 2);
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
