import type { AuthorMetrics, CommunityGraph, CommunityGroup, CommunityNode, CommunityRequest } from '../../../shared/domain/reach';
import { labelPropagation } from '../../../shared/reach/labelPropagation';
import type { Queryable } from '../db/database';
import { loadFollowEdges } from '../repos/edges';
import { listReachRuns, readRecentSentiment, readSiteMetrics } from '../repos/metrics';
import { scoreMetrics } from './leaderboard';

/** Default node cap of a community graph; above it, communities are drawn instead of accounts. */
export const COMMUNITY_DEFAULT_NODES = 300;
const DAY = 86_400_000;
const fmt = (n: number): string => n.toLocaleString('en-US');
const accounts = (n: number): string => `${fmt(n)} ${n === 1 ? 'account' : 'accounts'}`;
// Yield to the event loop between batches of label updates, so IPC and HTTP keep answering.
const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

type Scored = AuthorMetrics & { score: number };

/** The accounts of a site that pass the filters, with their reach score, in author id order. */
async function filteredAuthors(q: Queryable, siteId: number, req: CommunityRequest, now: number): Promise<{ authors: Scored[]; said: string[] }> {
  const runs = await listReachRuns(q, siteId);
  let authors: Scored[] = (await readSiteMetrics(q, siteId)).map((m) => ({ ...m, score: scoreMetrics(m, {}, runs).score }));
  const said: string[] = [];
  if (req.stance) {
    authors = authors.filter((a) => a.stance === req.stance);
    said.push(`${req.stance}s`);
  }
  if (req.recentSentiment) {
    const days = req.recentDays ?? 30;
    const recent = await readRecentSentiment(q, siteId, now - days * DAY);
    authors = authors.filter((a) => recent.get(a.authorId) === req.recentSentiment);
    said.push(`mostly ${req.recentSentiment} in the last ${days} days`);
  }
  if (req.minScore !== undefined) {
    const min = req.minScore;
    authors = authors.filter((a) => a.score >= min);
    said.push(`reach score ≥ ${min}`);
  }
  return { authors, said };
}

/**
 * The group of each author: its label-propagation community on the follows among the authors (ids
 * are author ids), or its k-core shell + 1 (ids stay positive for isolated accounts).
 */
async function communitiesOf(q: Queryable, siteId: number, authors: Scored[], groupBy: 'community' | 'core'): Promise<{ community: Int32Array; edges: Array<[number, number]> }> {
  const ids = authors.map((a) => a.authorId);
  const index = new Map(ids.map((id, i) => [id, i]));
  // One scan of the site's follows, kept where both ends passed the filters.
  const all = await loadFollowEdges(q, siteId);
  const edges: Array<[number, number]> = [];
  for (let e = 0; e < all.src.length; e++) if (index.has(all.src[e]) && index.has(all.dst[e])) edges.push([all.src[e], all.dst[e]]);
  if (groupBy === 'core') return { community: Int32Array.from(authors, (a) => a.core + 1), edges };
  const labels = await labelPropagation(ids.length, edges.map(([a]) => index.get(a) as number), edges.map(([, b]) => index.get(b) as number), { onBatch: yieldToLoop });
  return { community: Int32Array.from(labels, (l) => ids[l]), edges };
}

const byScore = (a: Scored, b: Scored): number => b.score - a.score || b.pagerank - a.pagerank || a.authorId - b.authorId;

/**
 * The follow graph of one site restricted by filters (stance, recent sentiment, least reach
 * score). Up to `maxNodes` accounts it is drawn as accounts coloured by group; above, the groups
 * (label-propagation communities on the follows among the matching accounts, or the k-core shells
 * stored with the metrics, as `groupBy` says) are the nodes, the
 * largest `maxNodes - 1` kept and the rest merged into one node (id 0), with follow counts between
 * them. With `community`, that community's members are drawn (the highest reach scores when too
 * many). `sampling.rule` states what was done.
 */
export async function readCommunity(q: Queryable, req: CommunityRequest, now: number): Promise<CommunityGraph> {
  const runs = await listReachRuns(q);
  const run = req.siteId === undefined ? [...runs].sort((a, b) => b.nodeCount - a.nodeCount)[0] : runs.find((r) => r.siteId === req.siteId);
  const cap = Math.max(2, req.maxNodes ?? COMMUNITY_DEFAULT_NODES);
  const groupBy = req.groupBy ?? 'community';
  if (!run) {
    const rule = 'no reach metrics for this site yet: import follow edges and compute reach';
    return { siteId: req.siteId ?? 0, site: '', groupBy, aggregated: false, nodes: [], groups: [], edges: [], sampling: { total: 0, shown: 0, sampled: false, rule } };
  }
  const { authors, said } = await filteredAuthors(q, run.siteId, req, now);
  const { community, edges } = await communitiesOf(q, run.siteId, authors, groupBy);
  const filters = said.length ? ` (${said.join(', ')})` : '';
  const base = { siteId: run.siteId, site: run.site, groupBy };
  if (req.community !== undefined || authors.length <= cap) {
    const members = authors.map((a, i): CommunityNode => ({ ...a, community: community[i] })).filter((a) => req.community === undefined || a.community === req.community);
    const kept = members.length > cap ? [...members].sort(byScore).slice(0, cap) : members;
    const inSet = new Set(kept.map((m) => m.authorId));
    const group = groupBy === 'core' ? `k-core shell ${(req.community ?? 1) - 1}` : `community ${req.community}`;
    const where = req.community !== undefined ? `${group} of ${accounts(authors.length)}${filters}` : `${accounts(authors.length)}${filters}`;
    const rule = kept.length < members.length ? `${where}: the ${fmt(kept.length)} with the highest reach score of ${fmt(members.length)} shown` : `${where}: all ${fmt(kept.length)} shown`;
    return {
      ...base,
      aggregated: false,
      nodes: kept,
      groups: [],
      edges: edges.filter(([a, b]) => inSet.has(a) && inSet.has(b)).map(([source, target]) => ({ source, target, weight: 1 })),
      sampling: { total: members.length, shown: kept.length, sampled: kept.length < members.length, rule },
    };
  }
  return { ...base, ...aggregate(authors, community, edges, cap, filters, groupBy) };
}

function aggregate(authors: Scored[], community: Int32Array, edges: Array<[number, number]>, cap: number, filters: string, groupBy: 'community' | 'core'): Pick<CommunityGraph, 'aggregated' | 'nodes' | 'groups' | 'edges' | 'sampling'> {
  const members = new Map<number, Scored[]>();
  authors.forEach((a, i) => {
    const list = members.get(community[i]);
    if (list) list.push(a);
    else members.set(community[i], [a]);
  });
  const ranked = [...members.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  const kept = ranked.slice(0, ranked.length > cap ? cap - 1 : cap);
  const rest = ranked.slice(kept.length);
  const nodes = kept.map(([id, list]) => groupOf(id, list));
  if (rest.length) nodes.push(groupOf(0, rest.flatMap(([, list]) => list)));
  const groupOfAuthor = new Map<number, number>();
  for (const g of kept) for (const a of g[1]) groupOfAuthor.set(a.authorId, g[0]);
  const between = new Map<string, number>();
  for (const [a, b] of edges) {
    const ga = groupOfAuthor.get(a) ?? 0;
    const gb = groupOfAuthor.get(b) ?? 0;
    if (ga !== gb) between.set(`${ga} ${gb}`, (between.get(`${ga} ${gb}`) ?? 0) + 1);
  }
  const merged = rest.length ? `, the ${fmt(rest.length)} smallest merged into one node` : '';
  const how = groupBy === 'core'
    ? `${fmt(ranked.length)} k-core shell${ranked.length === 1 ? '' : 's'} (computed with the reach metrics)`
    : `${fmt(ranked.length)} ${ranked.length === 1 ? 'community' : 'communities'} (label propagation on the ${fmt(edges.length)} follows among them)`;
  const rule = `${accounts(authors.length)}${filters}, too many to draw one by one: aggregated into ${how}${merged}; click a group to see its members`;
  return {
    aggregated: true,
    nodes: [],
    groups: nodes,
    edges: [...between].map(([key, weight]) => {
      const [source, target] = key.split(' ').map(Number);
      return { source, target, weight };
    }),
    sampling: { total: authors.length, shown: nodes.length, sampled: true, rule },
  };
}

function groupOf(id: number, list: Scored[]): CommunityGroup {
  const stances = { advocate: 0, detractor: 0, mixed: 0, none: 0 };
  for (const a of list) stances[a.stance ?? 'none']++;
  const top = [...list].sort(byScore);
  return {
    id,
    members: list.length,
    top: top.slice(0, 3).map((a) => a.handle),
    stances,
    followers: list.reduce((s, a) => s + a.followers, 0),
    maxScore: top[0]?.score ?? 0,
    pagerank: list.reduce((s, a) => s + a.pagerank, 0),
  };
}
