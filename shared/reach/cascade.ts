import type { CascadeModel } from './cascadeModel';
import { deriveSeed } from './random';

/** Monte Carlo estimate of one author's expected cascade size. */
export interface CascadeEstimate {
  /** Node index of the author. */
  node: number;
  /** Mean number of accounts reached, the author excluded. */
  mean: number;
  /** Standard error of the mean (sample standard deviation / √runs). */
  stdError: number;
  runs: number;
  /** True when the activation budget lowered `runs` below the requested number. */
  cutShort: boolean;
}

/** Options of {@link estimateCascades}. */
export interface CascadeOptions {
  /** Simulations per author. Default 1000. */
  runs?: number;
  /** Seed; each author's stream is derived from (seed, node) so results do not depend on order. Default 1. */
  seed?: number;
  /**
   * Work budget per author in expected activations (runs × mean size). Authors whose cascades are
   * so large that `runs` would exceed it get fewer runs (at least 20); their standard error shows
   * the lower precision. Default 1,000,000.
   */
  maxActivations?: number;
}

const PILOT_RUNS = 20;

/**
 * Expected cascade size under the independent cascade model: a post by the author activates
 * each follower w with p(author→w); every newly active account gets one chance to activate each of
 * its own followers, and so on. Estimated by `runs` simulations per author (mean ± standard error),
 * fewer for authors whose cascades exceed the work budget (`maxActivations`).
 * Followers sharing a probability are sampled with geometric skips, so a run costs about the
 * number of activations, not the number of edges looked at.
 */
export function estimateCascades(model: CascadeModel, nodes: ArrayLike<number>, options: CascadeOptions = {}): CascadeEstimate[] {
  const wanted = Math.max(1, options.runs ?? 1000);
  const budget = options.maxActivations ?? 1_000_000;
  const n = model.baseP.length;
  const state: SimState = { visited: new Int32Array(n), queue: new Int32Array(n), stamp: 0, rng: 0 };
  const out: CascadeEstimate[] = [];
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k];
    state.rng = deriveSeed(options.seed ?? 1, node) | 0;
    // A pilot sets the number of runs and is then discarded, so the estimate stays unbiased.
    const pilot = simulateRuns(model, node, state, Math.min(wanted, PILOT_RUNS));
    const runs = pilot.mean * wanted > budget ? Math.max(PILOT_RUNS, Math.floor(budget / pilot.mean)) : wanted;
    const { mean, stdError } = simulateRuns(model, node, state, Math.min(wanted, runs));
    out.push({ node, mean, stdError, runs: Math.min(wanted, runs), cutShort: runs < wanted });
  }
  return out;
}

/** Mean and standard error of `runs` cascades from `node`. */
function simulateRuns(model: CascadeModel, node: number, state: SimState, runs: number): { mean: number; stdError: number } {
  let sum = 0;
  let sumSq = 0;
  for (let r = 0; r < runs; r++) {
    state.stamp++;
    const reached = simulateCascade(model, node, state);
    sum += reached;
    sumSq += reached * reached;
  }
  const mean = sum / runs;
  const variance = runs > 1 ? Math.max(0, (sumSq - runs * mean * mean) / (runs - 1)) : 0;
  return { mean, stdError: Math.sqrt(variance / runs) };
}

interface SimState {
  visited: Int32Array;
  queue: Int32Array;
  stamp: number;
  /** mulberry32 state of the current author's stream. */
  rng: number;
}

/** One independent-cascade run from `seed`; returns how many accounts were activated besides it. */
function simulateCascade(model: CascadeModel, seed: number, state: SimState): number {
  const { start, adj, explicitCount, explicitP, baseLogQ, baseNone } = model;
  const { visited, queue, stamp } = state;
  // mulberry32 inlined (same generator as createRandom): a call per draw costs more than the draw.
  let a = state.rng;
  visited[seed] = stamp;
  queue[0] = seed;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = queue[head++];
    const split = start[v] + explicitCount[v];
    for (let i = start[v]; i < split; i++) {
      const w = adj[i];
      if (visited[w] === stamp) continue;
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      if (((t ^ (t >>> 14)) >>> 0) / 4294967296 < explicitP[i]) {
        visited[w] = stamp;
        queue[tail++] = w;
      }
    }
    // Followers sharing baseP: jump from success to success with geometric skips. U ≤ (1−p)^k
    // means none of the k fires, which settles most accounts with one draw and no logarithm.
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    let u = 1 - ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    if (u <= baseNone[v]) continue;
    const end = start[v + 1];
    const logQ = baseLogQ[v];
    for (let i = split + Math.floor(Math.log(u) / logQ); i < end; i += 1 + Math.floor(Math.log(u) / logQ)) {
      const w = adj[i];
      if (visited[w] !== stamp) {
        visited[w] = stamp;
        queue[tail++] = w;
      }
      a = (a + 0x6d2b79f5) | 0;
      t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      u = 1 - ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
  }
  state.rng = a;
  return tail - 1;
}
