import { describe, expect, it } from 'vitest';
import type { AuthorMetrics, CascadeGraph, CascadeNode, CommunityGraph } from '../../../../shared/domain/reach';
import { shownToGexf } from './exportGexf';
import { colouringOf } from './graphStyle';
import { createLayoutEngine } from './layoutEngine';
import { CASCADE_SPAN, cascadeView, communityView, formatLag } from './viewGraph';

const metrics = (authorId: number, handle: string): AuthorMetrics => ({
  authorId,
  handle,
  siteId: 1,
  site: 'twitter',
  posts: 1,
  mood: { positive: 0, neutral: 0, negative: 0 },
  stance: null,
  followers: authorId,
  audience2: 0,
  audience2StdError: 0,
  pagerank: 0,
  core: 0,
  hubLinks: 0,
  expectedCascade: null,
  cascadeStdError: null,
  computedAt: 0,
});

const T0 = 1_700_000_000_000;
const at = (id: number, handle: string, minutes: number, over: Partial<CascadeNode>): CascadeNode => ({
  ...metrics(id, handle),
  score: 1,
  via: 'reply',
  postId: id * 10,
  at: T0 + minutes * 60_000,
  depth: 1,
  sentiment: 'negative',
  postsInThread: 1,
  ...over,
});

// ann posts; bob replies after 10 minutes, cy answers bob after 40, dee reposts after 90; cy follows ann.
const CASCADE: CascadeGraph = {
  rootPostId: 10,
  rootAuthorId: 1,
  site: 'twitter',
  rootText: '<b>not html</b>',
  startedAt: T0,
  nodes: [at(1, 'ann', 0, { via: 'root', depth: 0 }), at(2, 'bob', 10, { sentiment: 'positive' }), at(3, 'cy', 40, { depth: 2, sentiment: null }), at(4, 'dee', 90, { via: 'repost' })],
  tree: [
    { source: 1, target: 2, via: 'reply' },
    { source: 2, target: 3, via: 'reply' },
    { source: 1, target: 4, via: 'repost' },
  ],
  follows: [{ source: 3, target: 1 }],
  sampling: { total: 4, shown: 4, sampled: false, rule: 'all 4 authors shown' },
};

describe('cascadeView', () => {
  it('lays time out left to right, pins the root author, keeps the tree strong and the follows faint', () => {
    const g = cascadeView(CASCADE);
    expect(Array.from(g.links)).toEqual([0, 1, 1, 2, 0, 3]);
    expect(Array.from(g.faint)).toEqual([2, 0]);
    expect(g.layout.pinned).toBe(0);
    const xs = Array.from(g.layout.xTarget ?? []);
    expect(xs[0]).toBe(-CASCADE_SPAN / 2);
    expect(xs[3]).toBeCloseTo(CASCADE_SPAN / 2, 3);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(g.axis.map((a) => a.label)).toEqual(['root posted', '+10 min', '+30 min', '+1 h', '+1.5 h']);
    expect(g.nodes[2].subtitle).toBe('replied, +40 min · depth 2');
    expect(colouringOf(g.nodes, 'sentiment').legend.map((l) => l.label)).toEqual(['negative post', 'positive post', 'not scored']);
    expect(colouringOf(g.nodes, 'via').legend.map((l) => l.label)).toEqual(['wrote the root', 'replied', 'reposted']);
  });

  it('keeps each node near its time in the layout, the root held at the start', () => {
    const g = cascadeView(CASCADE);
    const xy = createLayoutEngine(g.layout).tick(300);
    expect([xy[0], xy[1]]).toEqual([-CASCADE_SPAN / 2, 0]);
    for (let i = 1; i < 4; i++) expect(Math.abs(xy[2 * i] - (g.layout.xTarget?.[i] ?? 0))).toBeLessThan(60);
  });

  it.each([
    [5, '+5 min'],
    [90, '+1.5 h'],
    [60 * 14.4, '+14 h'],
    [3000, '+2 d'],
  ])('formatLag(%i) is %s', (m, text) => expect(formatLag(m)).toBe(text));

  it('exports what is shown as GEXF with the tree and the follows, text escaped', () => {
    const g = cascadeView(CASCADE);
    const out = shownToGexf(g, [{ id: 1, x: 5, y: 6 }], 'c.gexf', 'Cascade of <b>', 'answered by');
    expect(out.fileName).toBe('c.gexf');
    expect(out.gexf.match(/<edge /g)).toHaveLength(4);
    expect(out.gexf).toContain('label="follows"');
    expect(out.gexf).toContain('Cascade of &lt;b&gt;');
    expect(out.gexf).toMatch(/<viz:position x="5" y="6"/);
  });
});

describe('communityView', () => {
  it('draws communities as nodes named by their top members, the merged rest as one', () => {
    const g: CommunityGraph = {
      siteId: 1,
      site: 'twitter',
      groupBy: 'community',
      aggregated: true,
      nodes: [],
      groups: [
        { id: 7, members: 40, top: ['ann', 'bob'], stances: { advocate: 30, detractor: 2, mixed: 1, none: 7 }, followers: 900, maxScore: 3, pagerank: 0.2 },
        { id: 0, members: 12, top: ['zed'], stances: { advocate: 0, detractor: 5, mixed: 0, none: 7 }, followers: 50, maxScore: 1, pagerank: 0.1 },
      ],
      edges: [{ source: 7, target: 0, weight: 3 }],
      sampling: { total: 52, shown: 2, sampled: true, rule: 'aggregated' },
    };
    const v = communityView(g);
    expect(v.nodes.map((n) => [n.kind, n.label, n.stance, n.members])).toEqual([
      ['community', '40 · @ann, @bob', 'advocate', 40],
      ['community', '12 in smaller groups', null, 12],
    ]);
    expect(Array.from(v.links)).toEqual([0, 1]);
    expect(v.layout.pinned).toBe(-1);
    expect(communityView({ ...g, groupBy: 'core' }).nodes[0].label).toBe('k-core 6 · 40');
  });
});
