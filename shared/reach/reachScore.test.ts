import { describe, it, expect } from 'vitest';
import { computeReachScore, DEFAULT_REACH_WEIGHTS, type ReachRow } from './reachScore';

const row: ReachRow = { id: 'x', followers: 5000, audience2: 99, audience2StdError: 0, pagerank: 0.009, core: 9, hubLinks: 0, cascade: 999, cascadeStdError: 3 };

describe('computeReachScore', () => {
  it('explains each term as weight × log10(1 + metric)', () => {
    const { score, terms } = computeReachScore(row, {}, { nodeCount: 1000 });
    expect(terms.map((t) => [t.name, t.raw, t.value, t.weight])).toEqual([
      ['audience2', 99, 2, 1],
      ['pagerank', 9, 1, 1],
      ['core', 9, 1, 0.5],
      ['hubLinks', 0, 0, 0.5],
      ['cascade', 999, 3, 1],
    ]);
    expect(score).toBeCloseTo(2 + 1 + 0.5 + 0 + 3, 12);
  });

  it.each([
    ['weights edited', { cascade: 0, audience2: 2 }, 4 + 1 + 0.5],
    ['all weights zero', { audience2: 0, pagerank: 0, core: 0, hubLinks: 0, cascade: 0 }, 0],
  ])('%s', (_name, weights, expected) => {
    expect(computeReachScore(row, weights, { nodeCount: 1000 }).score).toBeCloseTo(expected, 12);
  });

  it('never uses follower count, and a cascade not simulated adds nothing', () => {
    const other = { ...row, followers: 1, cascade: null, cascadeStdError: null };
    const a = computeReachScore({ ...row, cascade: null }, {}, { nodeCount: 1000 });
    const b = computeReachScore(other, {}, { nodeCount: 1000 });
    expect(a.score).toBe(b.score);
    expect(b.terms.find((t) => t.name === 'cascade')).toMatchObject({ raw: null, value: 0, contribution: 0 });
    expect(Object.keys(DEFAULT_REACH_WEIGHTS)).not.toContain('followers');
  });
});
