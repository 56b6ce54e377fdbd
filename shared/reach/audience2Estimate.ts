import type { FollowGraph } from './followGraph';
import { createRandom } from './random';

/**
 * Karp–Luby–Madras estimate of audience2(v) = |⋃ S_f \ {v}| with S_f = {f} ∪ in(f), f ∈ in(v):
 * pick a set with probability |S_f|/T (T = Σ|S_f|), an element x of it uniformly, and score
 * [x ≠ v]/c(x) where c(x) = number of sets holding x = [x ∈ in(v)] + |out(x) ∩ in(v)|.
 * T · mean is unbiased; the standard error is T · sd / √samples. Uses `mark` (stamped −(v+1)) to
 * hold in(v), so it can share the exact method's marker array.
 */
export function estimateAudience2(graph: FollowGraph, v: number, mark: Int32Array, samples: number, seed: number): { value: number; stdError: number } {
  const { inStart, inAdj, outStart, outAdj } = graph;
  const from = inStart[v];
  const k = inStart[v + 1] - from;
  if (k === 0) return { value: 0, stdError: 0 };
  const cumulative = new Float64Array(k);
  let total = 0;
  const stamp = -(v + 1);
  for (let i = 0; i < k; i++) {
    const f = inAdj[from + i];
    mark[f] = stamp;
    total += 1 + inStart[f + 1] - inStart[f];
    cumulative[i] = total;
  }
  const random = createRandom(seed);
  let sum = 0;
  let sumSq = 0;
  for (let s = 0; s < samples; s++) {
    const f = inAdj[from + upperBound(cumulative, random() * total)];
    const pick = Math.floor(random() * (1 + inStart[f + 1] - inStart[f]));
    const x = pick === 0 ? f : inAdj[inStart[f] + pick - 1];
    if (x === v) continue;
    let c = mark[x] === stamp ? 1 : 0;
    for (let j = outStart[x]; j < outStart[x + 1]; j++) if (mark[outAdj[j]] === stamp) c++;
    sum += 1 / c;
    sumSq += 1 / (c * c);
  }
  const mean = sum / samples;
  const variance = Math.max(0, sumSq / samples - mean * mean);
  return { value: total * mean, stdError: total * Math.sqrt(variance / samples) };
}

/** First index whose cumulative value exceeds `target`. */
function upperBound(cumulative: Float64Array, target: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
