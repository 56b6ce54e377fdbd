import { describe, expect, it } from 'vitest';
import { computeReachMetrics } from '../../../shared/reach/computeReach';
import { genericPreset } from '../ingest/genericPreset';
import { importCsvFile } from '../ingest/importFile';
import { genericCsv, memoryCore, tempFile } from '../testing/fixtures';
import { readCommunity } from './community';
import { computeAllMetrics, type ReachRunner } from './computeSiteMetrics';
import { importEdgeFile } from './importEdges';

const inline: ReachRunner = async (edges, options) => ({ result: computeReachMetrics(edges, options) });
const NOW = Date.UTC(2024, 2, 10);
const now = (): number => NOW;

// Two five-cliques of mutual follows (a1..a5, b1..b5) joined by a4 → b1, c1 following a1, and d1 ⇄ d2 apart.
function follows(): string {
  const lines = ['follower,followee', 'a4,b1', 'c1,a1', 'd1,d2', 'd2,d1'];
  for (const g of ['a', 'b']) for (let i = 1; i <= 5; i++) for (let j = 1; j <= 5; j++) if (i !== j) lines.push(`${g}${i},${g}${j}`);
  return `${lines.join('\n')}\n`;
}

// a1 and a2 are advocates (two positive posts each, recent); b1 a detractor whose posts are old.
const POSTS = [
  'p1,twitter,a1,2024-03-08,Love this airline - great crew and thank you!,,,',
  'p2,twitter,a1,2024-03-09,Excellent service again - thanks so much!,,,',
  'p3,twitter,a2,2024-03-08,Great flight and a lovely crew - thank you!,,,',
  'p4,twitter,a2,2024-03-09,Brilliant service - thanks again!,,,',
  'p5,twitter,b1,2023-12-01,Worst airline ever - lost my bag and rude staff,,,',
  'p6,twitter,b1,2023-12-02,Still no refund - terrible and awful service,,,',
];

async function seeded() {
  const core = await memoryCore(NOW);
  await importCsvFile(core.db, tempFile('p.csv', genericCsv(POSTS)), { preset: genericPreset });
  await importEdgeFile(core.db, { path: tempFile('f.csv', follows()), site: 'twitter' }, now);
  await computeAllMetrics(core.db, { now, runner: inline, cascadeCandidates: 0 });
  return core;
}

describe('readCommunity', () => {
  it('draws a small filtered graph as accounts coloured by their label-propagation community', async () => {
    const core = await seeded();
    const g = await readCommunity(core.db, {}, NOW);
    expect(g).toMatchObject({ site: 'twitter', aggregated: false, groups: [] });
    expect(g.nodes).toHaveLength(13);
    const community = Object.fromEntries(g.nodes.map((n) => [n.handle, n.community]));
    expect(new Set(['a1', 'a2', 'a3', 'a4', 'a5', 'c1'].map((h) => community[h])).size).toBe(1);
    expect(new Set(['b1', 'b2', 'b3', 'b4', 'b5'].map((h) => community[h])).size).toBe(1);
    expect(community.a1).not.toBe(community.b1);
    expect(community.d1).toBe(community.d2);
    expect(g.edges).toHaveLength(44);
    expect(g.sampling).toEqual({ total: 13, shown: 13, sampled: false, rule: '13 accounts: all 13 shown' });
    await core.close();
  });

  it.each([
    [{ stance: 'advocate' as const }, ['a1', 'a2'], '2 accounts (advocates): all 2 shown'],
    [{ stance: 'detractor' as const }, ['b1'], '1 account (detractors): all 1 shown'],
    [{ recentSentiment: 'positive' as const, recentDays: 7 }, ['a1', 'a2'], '2 accounts (mostly positive in the last 7 days): all 2 shown'],
    [{ recentSentiment: 'negative' as const }, [], '0 accounts (mostly negative in the last 30 days): all 0 shown'],
  ])('filters %j', async (req, handles, rule) => {
    const core = await seeded();
    const g = await readCommunity(core.db, req, NOW);
    expect(g.nodes.map((n) => n.handle).sort()).toEqual(handles);
    expect(g.sampling.rule).toBe(rule);
    await core.close();
  });

  it('keeps only authors at or above a reach score', async () => {
    const core = await seeded();
    const all = await readCommunity(core.db, {}, NOW);
    const c1 = all.nodes.find((n) => n.handle === 'c1')?.score as number;
    const g = await readCommunity(core.db, { minScore: c1 + 1e-9 }, NOW);
    expect(g.nodes.map((n) => n.handle)).not.toContain('c1');
    expect(g.nodes.length).toBe(12);
    await core.close();
  });

  it('aggregates by community above the cap, stating it, and drills into one community', async () => {
    const core = await seeded();
    const g = await readCommunity(core.db, { maxNodes: 5 }, NOW);
    expect(g.aggregated).toBe(true);
    expect(g.nodes).toEqual([]);
    expect(g.groups.map((x) => x.members)).toEqual([6, 5, 2]);
    expect(g.groups[1].stances).toEqual({ advocate: 0, detractor: 1, mixed: 0, none: 4 });
    expect(g.edges).toEqual([{ source: g.groups[0].id, target: g.groups[1].id, weight: 1 }]);
    expect(g.sampling.rule).toBe('13 accounts, too many to draw one by one: aggregated into 3 communities (label propagation on the 44 follows among them); click a group to see its members');
    const inner = await readCommunity(core.db, { maxNodes: 5, community: g.groups[1].id }, NOW);
    expect(inner.nodes.map((n) => n.handle).sort()).toEqual(['b1', 'b2', 'b3', 'b4', 'b5']);
    expect(inner.sampling).toMatchObject({ total: 5, shown: 5, sampled: false });
    const merged = await readCommunity(core.db, { maxNodes: 2 }, NOW);
    expect(merged.groups.map((x) => [x.id === 0, x.members])).toEqual([[false, 6], [true, 7]]);
    expect(merged.sampling.rule).toContain('the 2 smallest merged into one node');
    expect(merged.edges).toEqual([{ source: g.groups[0].id, target: 0, weight: 1 }]);
    await core.close();
  });

  it('groups by k-core shell when asked (id = core + 1), and drills into one shell', async () => {
    const core = await seeded();
    const g = await readCommunity(core.db, { maxNodes: 5, groupBy: 'core' }, NOW);
    expect(g).toMatchObject({ groupBy: 'core', aggregated: true });
    // The cliques are 4-cores; c1 and the d pair hang on by one undirected neighbour (core 1).
    expect(g.groups.map((x) => [x.id, x.members])).toEqual([[5, 10], [2, 3]]);
    expect(g.sampling.rule).toContain('aggregated into 2 k-core shells (computed with the reach metrics)');
    const shell = await readCommunity(core.db, { maxNodes: 5, groupBy: 'core', community: 2 }, NOW);
    expect(shell.nodes.map((n) => n.handle).sort()).toEqual(['c1', 'd1', 'd2']);
    expect(shell.sampling.rule).toBe('k-core shell 1 of 13 accounts: all 3 shown');
    await core.close();
  });

  it('says when there are no metrics yet', async () => {
    const core = await memoryCore(NOW);
    const g = await readCommunity(core.db, {}, NOW);
    expect([g.nodes.length, g.sampling.rule]).toEqual([0, 'no reach metrics for this site yet: import follow edges and compute reach']);
    await core.close();
  });
});
