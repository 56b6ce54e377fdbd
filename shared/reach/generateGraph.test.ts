import { describe, it, expect } from 'vitest';
import { generateFollowGraph } from './generateGraph';
import { buildFollowGraph, countFollowers } from './followGraph';

describe('generateFollowGraph', () => {
  it('is reproducible for a seed and has exactly the edges asked for', () => {
    const a = generateFollowGraph({ nodes: 500, edges: 4000, seed: 8 });
    const b = generateFollowGraph({ nodes: 500, edges: 4000, seed: 8 });
    expect(a.src.length).toBe(4000);
    expect(a.ids.length).toBe(500);
    expect(Array.from(a.src)).toEqual(Array.from(b.src));
    expect(Array.from(a.dst)).toEqual(Array.from(b.dst));
  });

  it('has a heavy follower tail (preferential attachment)', () => {
    const followers = countFollowers(buildFollowGraph(generateFollowGraph({ nodes: 5000, edges: 50000, seed: 1 })));
    const sorted = Array.from(followers).sort((x, y) => y - x);
    expect(sorted[0]).toBeGreaterThan(20 * (50000 / 5000));
  });
});
