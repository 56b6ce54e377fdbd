import { describe, expect, it } from 'vitest';
import type { EgoRole } from '../../../../shared/domain/reach';
import type { ViewNode } from './viewGraph';
import { colouringOf, radiiOf, RADIUS } from './graphStyle';
import { edgeStride } from './drawGraph';
import { drawPixels } from './drawPixels';
import { createLayoutEngine } from './layoutEngine';
import { fitView, nodeAt, toWorld, zoomAt } from './viewTransform';

const node = (authorId: number, role: EgoRole, over: Partial<ViewNode> = {}): ViewNode => ({
  authorId,
  key: authorId,
  kind: 'author',
  label: `@h${authorId}`,
  subtitle: '',
  handle: `h${authorId}`,
  siteId: 1,
  site: 'twitter',
  posts: 0,
  mood: { positive: 0, neutral: 0, negative: 0 },
  stance: null,
  followers: 0,
  audience2: 0,
  audience2StdError: 0,
  pagerank: 0,
  core: 0,
  hubLinks: 0,
  expectedCascade: null,
  cascadeStdError: null,
  computedAt: 0,
  role,
  score: 0,
  ...over,
});

describe('graph style', () => {
  it('sizes by the square root of a metric between the radius bounds', () => {
    const nodes = [node(1, 'ego', { audience2: 100 }), node(2, 'follower', { audience2: 25 }), node(3, 'follower', { audience2: 0 })];
    expect(Array.from(radiiOf(nodes, 'audience2'))).toEqual([RADIUS.max, RADIUS.min + 0.5 * (RADIUS.max - RADIUS.min), RADIUS.min]);
    expect(new Set(radiiOf(nodes, 'followers')).size).toBe(1);
  });

  it.each([
    ['role', [1, 2, 3], ['the author', 'follow each other', 'follows the author']],
    ['core', [1, 2, 3], ['1 – 1.4', '1.8 – 2.2', '2.6 – 3']],
  ] as const)('colours by %s with a legend of what is shown', (metric, cores, labels) => {
    const nodes = [node(1, 'ego', { core: cores[0] }), node(2, 'mutual', { core: cores[1] }), node(3, 'follower', { core: cores[2] })];
    const c = colouringOf(nodes, metric);
    expect(c.legend.map((l) => l.label)).toEqual(labels);
    expect(new Set(c.colours).size).toBe(3);
    expect(c.legend.map((l) => l.colour).sort()).toEqual([...new Set(c.colours)].sort());
  });
});

describe('view transform', () => {
  it('zooms around the cursor, keeping the world point under it', () => {
    const t = zoomAt({ x: 10, y: 20, k: 1 }, 100, 50, 2);
    expect(toWorld(t, 100, 50)).toEqual(toWorld({ x: 10, y: 20, k: 1 }, 100, 50));
    expect(t.k).toBe(2);
    expect(zoomAt(t, 0, 0, 1000).k).toBe(8);
  });

  it('fits positions into the box and finds the node under the pointer', () => {
    const xy = Float32Array.from([-100, 0, 100, 0, 0, 50]);
    const t = fitView(xy, 440, 240);
    expect(t).toEqual({ k: 1.8, x: 220, y: 75 });
    const radii = Float32Array.from([5, 5, 5]);
    expect(nodeAt(xy, radii, t, 220 + 100 * 1.8, 75)).toBe(1);
    expect(nodeAt(xy, radii, t, 220, 75 + 50 * 1.8 + 2)).toBe(2);
    expect(nodeAt(xy, radii, t, 0, 0)).toBe(-1);
  });
});

describe('layout engine', () => {
  it('keeps the ego pinned, pulls linked nodes together and settles', () => {
    const links = Int32Array.from([1, 0, 2, 0, 3, 0, 1, 2]);
    const engine = createLayoutEngine({ nodeCount: 5, links, pinned: 0 });
    const xy = engine.tick(300);
    expect([xy[0], xy[1]]).toEqual([0, 0]);
    const dist = (i: number): number => Math.hypot(xy[2 * i], xy[2 * i + 1]);
    expect(Math.max(dist(1), dist(2), dist(3))).toBeLessThan(dist(4) + 60);
    expect(engine.isActive()).toBe(false);
    engine.drag(4, 500, 500);
    expect(engine.isActive()).toBe(true);
    const moved = engine.tick(1);
    expect([moved[8], moved[9]]).toEqual([500, 500]);
    engine.release(4);
  });
});

describe('drawPixels (big graphs)', () => {
  it('fills the background, draws dots in their colour and lines lighter than the background', () => {
    const width = 40;
    const height = 20;
    const image = { width, height, data: new Uint8ClampedArray(width * height * 4) } as unknown as ImageData;
    const scene = {
      xy: Float32Array.from([-10, 0, 10, 0]),
      links: Int32Array.from([0, 1]),
      radii: Float32Array.from([8, 8]),
      colours: ['#ff0000', '#00ff00'],
      labelled: [],
      hover: -1,
      background: '#000000',
    };
    drawPixels(image, scene, { x: 20, y: 10, k: 1 }, 1, 1);
    const rgb = (x: number, y: number): number[] => Array.from(image.data.slice((y * width + x) * 4, (y * width + x) * 4 + 3));
    expect(rgb(0, 0)).toEqual([0, 0, 0]);
    expect(rgb(10, 10)).toEqual([255, 0, 0]);
    expect(rgb(30, 10)).toEqual([0, 255, 0]);
    expect(rgb(20, 10)).toEqual([27, 30, 32]);
    expect(edgeStride(100, 80_000)).toBe(10);
    expect(edgeStride(20_000, 80_000)).toBe(16);
  });
});
