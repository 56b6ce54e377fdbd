/** Messages between the graph view and its layout worker (layout.worker.ts). */

/** A graph to lay out: node count, links by node index, and the node pinned at the centre. */
export interface LayoutGraph {
  nodeCount: number;
  /** Pairs of node indices, flattened: [s0, t0, s1, t1, …]. */
  links: Int32Array;
  /** Index of a node held at (0, 0) (the ego), or -1; with xTarget, held at (xTarget[pinned], 0). */
  pinned: number;
  /** Where each node is pulled along x (a cascade's time axis); without it, towards 0. */
  xTarget?: Float32Array;
}

/** View → worker. */
export type LayoutCommand =
  | { type: 'start'; graph: LayoutGraph }
  | { type: 'tick'; n: number }
  | { type: 'stop' }
  | { type: 'resume' }
  | { type: 'drag'; index: number; x: number; y: number }
  | { type: 'release'; index: number };

/** Worker → view: positions as [x0, y0, x1, y1, …], the simulation's alpha and whether it is still running. */
export interface LayoutFrame {
  type: 'positions';
  xy: Float32Array;
  alpha: number;
  running: boolean;
  ticks: number;
}
