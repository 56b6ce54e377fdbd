import type { FollowGraph } from './followGraph';

/**
 * Bitsets of S_h = {h} ∪ followers(h) for the most-followed accounts ("bitset hubs"). Testing one
 * bit replaces marking all of followers(h) for every account h follows; OR-ing
 * n/32 words sequentially is far cheaper than marking in(h) one random index at a time once
 * followers(h) ≫ n/32, and a hub's bitset is reused by every account it follows.
 */
export interface HubBitsets {
  /** Words per bitset: ⌈n / 32⌉. */
  words: number;
  /** Bitset slot of each node, −1 when it has none. */
  slot: Int32Array;
  /** Slot k's bits are `bits[k·words .. (k+1)·words)`. */
  bits: Int32Array;
  /** |S_h| per slot. */
  size: Int32Array;
}

/** Options of {@link buildHubBitsets}. */
export interface HubBitsetOptions {
  /** Memory cap for all bitsets, in bytes. Default 64 MiB. */
  maxBytes?: number;
}

/**
 * Picks accounts with followers ≥ max(64, n/1024) that follow at least two accounts (so the bitset
 * is reused), heaviest first, within the memory cap, and fills their bitsets.
 */
export function buildHubBitsets(graph: FollowGraph, options: HubBitsetOptions = {}): HubBitsets {
  const n = graph.nodeCount;
  const words = Math.ceil(n / 32);
  const minFollowers = Math.max(64, n / 1024);
  const candidates: number[] = [];
  for (let v = 0; v < n; v++) {
    const followers = graph.inStart[v + 1] - graph.inStart[v];
    if (followers >= minFollowers && graph.outStart[v + 1] - graph.outStart[v] >= 2) candidates.push(v);
  }
  candidates.sort((a, b) => graph.inStart[b + 1] - graph.inStart[b] - (graph.inStart[a + 1] - graph.inStart[a]) || a - b);
  const limit = Math.floor((options.maxBytes ?? 64 * 1024 * 1024) / (4 * Math.max(1, words)));
  const chosen = candidates.slice(0, limit);
  const slot = new Int32Array(n).fill(-1);
  const bits = new Int32Array(chosen.length * words);
  const size = new Int32Array(chosen.length);
  chosen.forEach((h, k) => {
    slot[h] = k;
    const base = k * words;
    bits[base + (h >>> 5)] |= 1 << (h & 31);
    for (let i = graph.inStart[h]; i < graph.inStart[h + 1]; i++) {
      const f = graph.inAdj[i];
      bits[base + (f >>> 5)] |= 1 << (f & 31);
    }
    size[k] = 1 + graph.inStart[h + 1] - graph.inStart[h];
  });
  return { words, slot, bits, size };
}

/** Bits set in a 32-bit word. */
export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Whether bit `i` is set in the bitset starting at `base`. */
export function hasBit(bits: Int32Array, base: number, i: number): boolean {
  return (bits[base + (i >>> 5)] & (1 << (i & 31))) !== 0;
}

/**
 * ORs the bitsets of `slots` into `target` (overwriting it) and returns the population count.
 */
export function unionBitsets(hubs: HubBitsets, slots: ArrayLike<number>, count: number, target: Int32Array): number {
  const { words, bits } = hubs;
  target.set(bits.subarray(slots[0] * words, (slots[0] + 1) * words));
  for (let k = 1; k < count - 1; k++) {
    const base = slots[k] * words;
    for (let w = 0; w < words; w++) target[w] |= bits[base + w];
  }
  let total = 0;
  const last = count > 1 ? slots[count - 1] * words : -1;
  for (let w = 0; w < words; w++) {
    const word = last >= 0 ? (target[w] |= bits[last + w]) : target[w];
    total += popcount32(word);
  }
  return total;
}
