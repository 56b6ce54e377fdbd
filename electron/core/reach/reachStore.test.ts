import { describe, expect, it } from 'vitest';
import { computeReachMetrics } from '../../../shared/reach/computeReach';
import { genericPreset } from '../ingest/genericPreset';
import { importCsvFile } from '../ingest/importFile';
import { genericCsv, memoryCore, tempFile } from '../testing/fixtures';
import { computeAllMetrics, type ReachRunner } from './computeSiteMetrics';
import { readEgoNetwork } from './ego';
import { importEdgeFile } from './importEdges';
import { readLeaderboard } from './leaderboard';

/** Runs the metrics on the calling thread (the service uses the worker; one test below does too). */
const inline: ReachRunner = async (edges, options) => ({ result: computeReachMetrics(edges, options) });
const now = (): number => 1_700_000_000_000;

// 1 2 / 3 2 / 4 2 / 2 1 / 4 3, plus a self-loop, a duplicate and two malformed lines.
const SNAP = '# follows\n1 2\n3 2\n4 2\n2 1\n4 3\n3 3\nbroken\n1 2\n4 3 x\n';

// PageRank by hand (d = 0.85, n = 4, no dangling nodes): p4 = 0.0375, p3 = 0.0375 + 0.85·p4/2,
// p2 = 0.0375 + 0.85·(p1 + p3 + p4/2), p1 = 0.0375 + 0.85·p2.
const p4 = 0.0375;
const p3 = 0.0375 + (0.85 * p4) / 2;
const p1 = (0.0375 + 0.85 * (0.0375 + 0.85 * (p3 + p4 / 2))) / (1 - 0.85 * 0.85);
const p2 = (p1 - 0.0375) / 0.85;

async function seeded() {
  const core = await memoryCore();
  const report = await importEdgeFile(core.db, { path: tempFile('g.txt', SNAP) }, now);
  return { core, report };
}

describe('importEdgeFile', () => {
  it('stores edges, drops self-loops, counts duplicates, reports bad lines and keeps stubs', async () => {
    const { core, report } = await seeded();
    expect(report).toMatchObject({ site: 'twitter', kind: 'follow', format: 'snap', linesRead: 10, edges: 5, selfLoops: 1, duplicates: 1, badLines: 2, stubAuthors: 4 });
    expect(report.bad).toEqual([
      { line: 8, reason: 'expected 2 fields, got 1' },
      { line: 10, reason: 'expected 2 fields, got 3' },
    ]);
    const again = await importEdgeFile(core.db, { path: tempFile('g2.txt', '1 2\n2 4\n') }, now);
    expect(again).toMatchObject({ edges: 1, duplicates: 1, stubAuthors: 0 });
    await core.close();
  });

  it('adds up interaction weights of repeated pairs', async () => {
    const core = await memoryCore();
    const r = await importEdgeFile(core.db, { path: tempFile('m.txt', '1 2 3\n1 2 2\n2 1 1\n2 2 5\n'), format: 'snap-weighted' }, now);
    expect(r).toMatchObject({ kind: 'interaction', edges: 2, duplicates: 1, selfLoops: 1 });
    expect(await core.db.all("SELECT weight FROM interaction_edges WHERE kind = 'file' ORDER BY weight")).toEqual([{ weight: 1 }, { weight: 5 }]);
    await core.close();
  });

  it('refuses a missing file with not-found', async () => {
    const core = await memoryCore();
    await expect(importEdgeFile(core.db, { path: '/nonexistent/edges.txt' }, now)).rejects.toMatchObject({ code: 'not-found' });
    await core.close();
  });
});

describe('stored metrics and the leaderboard', () => {
  it('stores hand-checked metrics with the time computed', async () => {
    const { core } = await seeded();
    const [run] = await computeAllMetrics(core.db, { now, runner: inline, cascadeRuns: 200 });
    expect(run).toMatchObject({ site: 'twitter', nodeCount: 4, edgeCount: 5, computedAt: now() });
    const board = await readLeaderboard(core.db, { by: 'pagerank' });
    const byHandle = Object.fromEntries(board.rows.map((r) => [r.handle, r]));
    expect(board.rows.map((r) => r.handle)).toEqual(['2', '1', '3', '4']);
    expect(board.rows.map((r) => [r.followers, r.audience2, r.core, r.hubLinks])).toEqual([[3, 3, 2, 0], [1, 3, 1, 1], [1, 1, 2, 0], [0, 0, 2, 0]]);
    for (const [h, p] of [['1', p1], ['2', p2], ['3', p3], ['4', p4]] as const) expect(byHandle[h].pagerank).toBeCloseTo(p, 8);
    expect(byHandle['1'].computedAt).toBe(now());
    expect(byHandle['2'].expectedCascade).not.toBeNull();
    await core.close();
  });

  it('ranks by reach score with its terms, follower count never a term, weights editable', async () => {
    const { core } = await seeded();
    await computeAllMetrics(core.db, { now, runner: inline, cascadeCandidates: 0 });
    const board = await readLeaderboard(core.db, {});
    expect(board.total).toBe(4);
    for (const row of board.rows) {
      expect(row.terms.map((t) => t.name)).toEqual(['audience2', 'pagerank', 'core', 'hubLinks', 'cascade']);
      expect(row.score).toBeCloseTo(row.terms.reduce((s, t) => s + t.contribution, 0), 12);
    }
    const scores = board.rows.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const coreOnly = await readLeaderboard(core.db, { weights: { audience2: 0, pagerank: 0, core: 1, hubLinks: 0, cascade: 0 } });
    expect(coreOnly.weights).toEqual({ audience2: 0, pagerank: 0, core: 1, hubLinks: 0, cascade: 0 });
    expect(coreOnly.rows.at(-1)?.handle).toBe('1');
    const hubs = await readLeaderboard(core.db, { weights: { audience2: 0, pagerank: 0, core: 0, hubLinks: 1, cascade: 0 }, limit: 1 });
    expect([hubs.rows[0].handle, hubs.rows[0].rank, hubs.total]).toEqual(['1', 1, 4]);
    await core.close();
  });

  it('filters by site, handle and posters', async () => {
    const { core } = await seeded();
    await importEdgeFile(core.db, { path: tempFile('f.csv', 'follower,followee\nx,y\n'), site: 'forum' }, now);
    await importCsvFile(core.db, tempFile('p.csv', genericCsv(['p1,twitter,2,2024-01-01,hello @1,,,'])), { preset: genericPreset });
    await computeAllMetrics(core.db, { now, runner: inline, cascadeCandidates: 0 });
    const all = await readLeaderboard(core.db, {});
    expect(all.total).toBe(6);
    expect(all.runs.map((r) => r.site)).toEqual(['forum', 'twitter']);
    const forum = all.runs.find((r) => r.site === 'forum')?.siteId as number;
    expect((await readLeaderboard(core.db, { siteId: forum })).rows.map((r) => r.handle).sort()).toEqual(['x', 'y']);
    expect((await readLeaderboard(core.db, { query: 'Y' })).rows.map((r) => r.handle)).toEqual(['y']);
    const posters = await readLeaderboard(core.db, { postersOnly: true });
    expect(posters.rows.map((r) => [r.handle, r.posts])).toEqual([['2', 1]]);
    await core.close();
  });

  it('filters advocates and detractors by the sentiment of their scored posts', async () => {
    const { core } = await seeded();
    const rows = [
      'a1,twitter,2,2024-01-01,Love this airline - great crew and thank you!,,,',
      'a2,twitter,2,2024-01-02,Excellent service again - thanks so much!,,,',
      'b1,twitter,1,2024-01-01,Worst airline ever - lost my bag and rude staff,,,',
      'b2,twitter,1,2024-01-02,Still no refund - terrible and awful service,,,',
      'c1,twitter,3,2024-01-02,Great flight but lost my bag,,,',
    ];
    await importCsvFile(core.db, tempFile('p.csv', genericCsv(rows)), { preset: genericPreset });
    await computeAllMetrics(core.db, { now, runner: inline, cascadeCandidates: 0 });
    const handles = async (stance: 'advocate' | 'detractor' | 'mixed') => (await readLeaderboard(core.db, { stance })).rows.map((r) => r.handle);
    expect([await handles('advocate'), await handles('detractor'), await handles('mixed')]).toEqual([['2'], ['1'], ['3']]);
    const two = (await readLeaderboard(core.db, { query: '2' })).rows[0];
    expect([two.mood, two.stance]).toEqual([{ positive: 2, neutral: 0, negative: 0 }, 'advocate']);
    await core.close();
  });

  it('computes in a worker thread', async () => {
    const { core } = await seeded();
    const [run] = await computeAllMetrics(core.db, { now, cascadeCandidates: 0 });
    expect(run.nodeCount).toBe(4);
    expect((await readLeaderboard(core.db, { by: 'pagerank', limit: 1 })).rows[0].pagerank).toBeCloseTo(p2, 8);
    await core.close();
  });
});

describe('readEgoNetwork', () => {
  it('returns the ego, its followers and followees, and the follows among them', async () => {
    const { core } = await seeded();
    await computeAllMetrics(core.db, { now, runner: inline, cascadeCandidates: 0 });
    const id = async (h: string): Promise<number> => (await core.db.get<{ id: number }>('SELECT id FROM authors WHERE handle = ?', [h]))?.id as number;
    const net = await readEgoNetwork(core.db, await id('2'));
    expect(Object.fromEntries(net.nodes.map((n) => [n.handle, n.role]))).toEqual({ '2': 'ego', '1': 'mutual', '3': 'follower', '4': 'follower' });
    expect(net.edges).toHaveLength(5);
    expect(net.sampling).toMatchObject({ neighbours: 3, shown: 3, sampled: false });
    const capped = await readEgoNetwork(core.db, await id('2'), 2);
    expect(capped.nodes.map((n) => n.handle)).toEqual(['2', '1']);
    expect(capped.sampling).toMatchObject({ neighbours: 3, shown: 1, sampled: true, rule: 'showing the 1 neighbour with the highest PageRank of 3' });
    await expect(readEgoNetwork(core.db, 999)).rejects.toMatchObject({ code: 'not-found' });
    await core.close();
  });
});
