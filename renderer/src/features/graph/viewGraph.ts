import type { AuthorMetrics, CascadeGraph, CascadeVia, CommunityGraph, CommunityGroup, EgoNetwork, EgoRole, Stance } from '../../../../shared/domain/reach';
import type { LayoutGraph } from './layoutProtocol';

/** A drawn node: an author (with metrics) or, in an aggregated community view, a whole community. */
export interface ViewNode extends AuthorMetrics {
  /** Author id, or the community id for a community node. */
  key: number;
  kind: 'author' | 'community';
  label: string;
  /** One line under the name in the hover details (the relation, when they joined, the members). */
  subtitle: string;
  score: number;
  role?: EgoRole;
  /** Sentiment of their post in the thread (cascade). */
  sentiment?: 'negative' | 'neutral' | 'positive' | null;
  via?: CascadeVia;
  /** Minutes after the root (cascade). */
  minutes?: number;
  community?: number;
  members?: number;
}

/** What the graph stage shows: nodes, strong links (layout and drawn), faint links (drawn only), layout hints. */
export interface ShownGraph {
  nodes: ViewNode[];
  /** Node index pairs, flattened. */
  links: Int32Array;
  faint: Int32Array;
  layout: LayoutGraph;
  /** Vertical guides (world x) with labels, e.g. the time axis of a cascade. */
  axis: ReadonlyArray<{ x: number; label: string }>;
}

const pairs = (list: ReadonlyArray<{ source: number; target: number }>, index: Map<number, number>): Int32Array => {
  const out: number[] = [];
  for (const e of list) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined && t !== undefined) out.push(s, t);
  }
  return Int32Array.from(out);
};

const ROLE_TEXT: Record<EgoRole, string> = { ego: 'the author', mutual: 'follows each other with the author', follower: 'follows the author', followee: 'followed by the author' };

/** The ego network: follows as links, the ego pinned at the centre. */
export function egoView(net: EgoNetwork): ShownGraph {
  const nodes = net.nodes.map((n): ViewNode => ({ ...n, key: n.authorId, kind: 'author', label: `@${n.handle}`, subtitle: ROLE_TEXT[n.role] }));
  const index = new Map(nodes.map((n, i) => [n.key, i]));
  const links = pairs(net.edges, index);
  return { nodes, links, faint: new Int32Array(0), layout: { nodeCount: nodes.length, links, pinned: index.get(net.egoId) ?? -1 }, axis: [] };
}

/** World width of a cascade's time axis: the root at -SPAN/2, the last to join at +SPAN/2. */
export const CASCADE_SPAN = 900;

const VIA_TEXT: Record<CascadeVia, string> = { root: 'wrote the root post', reply: 'replied', repost: 'reposted the root', mention: 'mentioned the root author' };

/** "+12 min", "+1.5 h", "+14 h", "+2 d" after the root. */
export function formatLag(minutes: number): string {
  if (minutes < 60) return `+${Math.round(minutes)} min`;
  if (minutes < 600) return `+${(minutes / 60).toFixed(1).replace(/\.0$/, '')} h`;
  if (minutes < 48 * 60) return `+${Math.round(minutes / 60)} h`;
  return `+${Math.round(minutes / 1440)} d`;
}

/**
 * A cascade: the tree as links, follows among the authors faint, and time along x (square-root
 * scaled, so the first minutes, when most replies come, are not crushed) with labelled guides.
 */
export function cascadeView(g: CascadeGraph): ShownGraph {
  const last = Math.max(1, ...g.nodes.map((n) => (n.at - g.startedAt) / 60_000));
  const xOf = (minutes: number): number => -CASCADE_SPAN / 2 + Math.sqrt(Math.max(0, minutes) / last) * CASCADE_SPAN;
  const nodes = g.nodes.map((n): ViewNode => {
    const minutes = (n.at - g.startedAt) / 60_000;
    const when = n.via === 'root' ? '' : `, ${formatLag(minutes)}`;
    const posts = n.postsInThread > 1 ? ` · ${n.postsInThread} posts in the thread` : '';
    return { ...n, key: n.authorId, kind: 'author', label: `@${n.handle}`, subtitle: `${VIA_TEXT[n.via]}${when} · depth ${n.depth}${posts}`, minutes };
  });
  const index = new Map(nodes.map((n, i) => [n.key, i]));
  const links = pairs(g.tree, index);
  const xTarget = Float32Array.from(nodes, (n) => xOf(n.minutes ?? 0));
  const ticks = [0, 10, 30, 60, 180, 360, 720, 1440, 2880, 10080].filter((m) => m <= last);
  if (last - (ticks.at(-1) ?? 0) > last * 0.15) ticks.push(last);
  return {
    nodes,
    links,
    faint: pairs(g.follows, index),
    layout: { nodeCount: nodes.length, links, pinned: index.get(g.rootAuthorId) ?? -1, xTarget },
    axis: ticks.map((m) => ({ x: xOf(m), label: m === 0 ? 'root posted' : formatLag(m) })),
  };
}

const STANCES: Array<Stance | 'none'> = ['advocate', 'detractor', 'mixed', 'none'];

function groupNode(g: CommunityGroup, site: { siteId: number; site: string; groupBy: 'community' | 'core' }): ViewNode {
  const stance = [...STANCES].sort((a, b) => g.stances[b] - g.stances[a])[0];
  const named = g.top.map((h) => `@${h}`).join(', ');
  const count = g.members.toLocaleString('en-US');
  const label = g.id === 0 ? `${count} in smaller groups` : site.groupBy === 'core' ? `k-core ${g.id - 1} · ${count}` : `${count} · ${named}`;
  return {
    key: g.id,
    kind: 'community',
    authorId: g.id,
    handle: label,
    label,
    subtitle: `${g.members.toLocaleString('en-US')} accounts · ${g.stances.advocate} advocates, ${g.stances.detractor} detractors${g.id === 0 ? '' : ' · click to see them'}`,
    siteId: site.siteId,
    site: site.site,
    posts: 0,
    mood: { positive: 0, neutral: 0, negative: 0 },
    stance: stance === 'none' ? null : stance,
    followers: g.followers,
    audience2: 0,
    audience2StdError: 0,
    pagerank: g.pagerank,
    core: 0,
    hubLinks: 0,
    expectedCascade: null,
    cascadeStdError: null,
    computedAt: 0,
    score: g.maxScore,
    members: g.members,
    community: g.id,
  };
}

/** A filtered community: accounts with their follows, or communities with the follows between them. */
export function communityView(g: CommunityGraph): ShownGraph {
  const nodes = g.aggregated
    ? g.groups.map((x) => groupNode(x, g))
    : g.nodes.map((n): ViewNode => ({ ...n, key: n.authorId, kind: 'author', label: `@${n.handle}`, subtitle: g.groupBy === 'core' ? `k-core ${n.community - 1}` : `community ${n.community}`, members: 1 }));
  const index = new Map(nodes.map((n, i) => [n.key, i]));
  const links = pairs(g.edges, index);
  return { nodes, links, faint: new Int32Array(0), layout: { nodeCount: nodes.length, links, pinned: -1 }, axis: [] };
}
