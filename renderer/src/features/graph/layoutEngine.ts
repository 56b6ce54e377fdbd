import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { LayoutGraph } from './layoutProtocol';

type Node = SimulationNodeDatum;

/** A d3-force layout driven by hand: it never runs on a timer, only when `tick(n)` is called. */
export interface LayoutEngine {
  /** Advances n steps and returns the positions ([x0, y0, …], a fresh array). */
  tick(n: number): Float32Array;
  /** Advances n steps without reading positions. */
  advance(n: number): void;
  alpha(): number;
  /** True while alpha is above the simulation's minimum. */
  isActive(): boolean;
  /** Holds a node at a point (dragging) and warms the layout up. */
  drag(index: number, x: number, y: number): void;
  /** Lets a dragged node go (the pinned centre node stays pinned). */
  release(index: number): void;
  positions(): Float32Array;
}

/**
 * Builds the layout of a graph: links pull neighbours together, many-body repulsion (Barnes–Hut,
 * weaker for big graphs) spreads them, and a weak pull to the origin keeps loose parts on screen.
 * Nodes start on a phyllotaxis spiral (d3's default), or at their x target, so the result is deterministic.
 */
export function createLayoutEngine(graph: LayoutGraph): LayoutEngine {
  const nodes: Node[] = Array.from({ length: graph.nodeCount }, () => ({}));
  const links: SimulationLinkDatum<Node>[] = [];
  for (let i = 0; i + 1 < graph.links.length; i += 2) links.push({ source: graph.links[i], target: graph.links[i + 1] });
  const xt = graph.xTarget;
  if (xt) nodes.forEach((n, i) => Object.assign(n, { x: xt[i], y: ((i * 37) % 101) - 50 }));
  if (graph.pinned >= 0 && graph.pinned < nodes.length) Object.assign(nodes[graph.pinned], { fx: xt ? xt[graph.pinned] : 0, fy: 0 });
  const crowd = Math.sqrt(300 / Math.max(300, graph.nodeCount));
  const sim: Simulation<Node, undefined> = forceSimulation(nodes)
    .force('link', forceLink<Node, SimulationLinkDatum<Node>>(links).distance(36).strength(xt ? 0.02 : 0.15))
    .force('charge', forceManyBody<Node>().strength(-60 * crowd).theta(graph.nodeCount > 5000 ? 1.2 : 0.9).distanceMax(600))
    // With x targets (time), a firm pull keeps each node at its time and links only gather them a little in y.
    .force('x', xt ? forceX<Node>((_, i) => xt[i]).strength(0.6) : forceX<Node>(0).strength(0.04))
    .force('y', forceY<Node>(0).strength(0.04))
    .stop();
  const positions = (): Float32Array => {
    const xy = new Float32Array(nodes.length * 2);
    nodes.forEach((n, i) => {
      xy[2 * i] = n.x ?? 0;
      xy[2 * i + 1] = n.y ?? 0;
    });
    return xy;
  };
  return {
    tick(n) {
      sim.tick(Math.max(0, n));
      return positions();
    },
    advance: (n) => void sim.tick(Math.max(0, n)),
    alpha: () => sim.alpha(),
    isActive: () => sim.alpha() > sim.alphaMin(),
    drag(index, x, y) {
      const node = nodes[index];
      if (!node || index === graph.pinned) return;
      node.fx = x;
      node.fy = y;
      sim.alphaTarget(0.3);
      if (sim.alpha() < 0.3) sim.alpha(0.3);
    },
    release(index) {
      const node = nodes[index];
      sim.alphaTarget(0);
      if (!node || index === graph.pinned) return;
      node.fx = null;
      node.fy = null;
    },
    positions,
  };
}
