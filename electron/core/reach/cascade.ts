import type { AuthorMetrics, CascadeGraph, CascadeNode, ThreadChoice } from '../../../shared/domain/reach';
import { AppFailure } from '../../../shared/contract/result';
import type { Queryable } from '../db/database';
import { listBusiestThreads, readPostsNaming, readThreadPosts, readThreadRoot } from '../repos/cascades';
import { readEdgesAmong } from '../repos/edges';
import { listReachRuns, readBareAuthors, readMetricsOf } from '../repos/metrics';
import { buildCascadeTree, repostsRoot } from './cascadeTree';
import { scoreMetrics } from './leaderboard';

/** Default and largest node caps of a cascade. */
export const CASCADE_DEFAULT_NODES = 300;
export const CASCADE_MAX_NODES = 20_000;

/** Reposts and mentions are looked for from the root until this long after the thread's last post (at least a day after the root). */
const NAMING_WINDOW_MS = 24 * 3600_000;
/** Posts outside the thread read at most, so a much-mentioned account cannot stall the view. */
const NAMING_LIMIT = 20_000;

const fmt = (n: number): string => n.toLocaleString('en-US');

async function metricsOf(q: Queryable, ids: number[]): Promise<Map<number, AuthorMetrics>> {
  const metrics = await readMetricsOf(q, ids);
  for (const b of await readBareAuthors(q, ids.filter((id) => !metrics.has(id)))) metrics.set(b.authorId, b);
  return metrics;
}

/**
 * How a thread travelled: the root author, then everyone who replied in it or reposted or
 * mentioned the root's author while it ran, each at their first post, as a tree in time order,
 * with their reach metrics, the sentiment of that post and the follows among them. Above
 * `maxNodes` authors the earliest are kept (a prefix in time order is still a tree) and the rule
 * is stated in `sampling`.
 */
export async function readCascade(q: Queryable, postId: number, maxNodes = CASCADE_DEFAULT_NODES): Promise<CascadeGraph> {
  const root = await readThreadRoot(q, postId);
  if (!root) throw new AppFailure('not-found', `no post with id ${postId}`, 'rootPostId');
  const posts = await readThreadPosts(q, root.id);
  const to = Math.max(root.lastAt, root.createdAt) + NAMING_WINDOW_MS;
  const naming = await readPostsNaming(q, { siteId: root.siteId, rootId: root.id, handle: root.handle, from: root.createdAt, to, limit: NAMING_LIMIT });
  const { entries, tree } = buildCascadeTree(posts, naming, root.handle);
  const cap = Math.max(1, Math.min(CASCADE_MAX_NODES, maxNodes));
  const kept = entries.slice(0, cap);
  const ids = kept.map((e) => e.authorId);
  const inSet = new Set(ids);
  const metrics = await metricsOf(q, ids);
  const runs = await listReachRuns(q);
  const nodes = kept.map((e): CascadeNode => {
    const m = metrics.get(e.authorId) as AuthorMetrics;
    return { ...m, ...e, score: scoreMetrics(m, {}, runs).score };
  });
  const follows = (await readEdgesAmong(q, ids)).map(([source, target]) => ({ source, target }));
  const sampled = kept.length < entries.length;
  const people = (n: number): string => `${fmt(n)} ${n === 1 ? 'author' : 'authors'}`;
  const rule = sampled
    ? `showing the first ${people(kept.length)} to join of ${fmt(entries.length)}, in time order`
    : `all ${people(entries.length)} shown`;
  return {
    rootPostId: root.id,
    rootAuthorId: root.authorId,
    site: root.site,
    rootText: root.text.slice(0, 280),
    startedAt: root.createdAt,
    nodes,
    tree: tree.filter((e) => inSet.has(e.source) && inSet.has(e.target)),
    follows,
    sampling: { total: entries.length, shown: kept.length, sampled, rule },
  };
}

/** Threads read to rank by reposts: the busiest by replies (a thread without replies has no stats row). */
const REPOST_CANDIDATES = 200;

/**
 * Conversations to pick a cascade from: the most replied-to of a site, or, with `by: 'reposts'`,
 * the most reposted among the 200 most replied-to. Reposts are `RT @author:` posts repeating the
 * root within a day of the thread's last post.
 */
export async function listCascadeThreads(q: Queryable, req: { siteId?: number; by?: 'replies' | 'reposts'; limit?: number }): Promise<ThreadChoice[]> {
  const limit = req.limit ?? 50;
  const rows = await listBusiestThreads(q, req.siteId, req.by === 'reposts' ? Math.max(limit, REPOST_CANDIDATES) : limit);
  const out: ThreadChoice[] = [];
  for (const r of rows) {
    const root = await readThreadRoot(q, r.rootPostId);
    if (!root) continue;
    const naming = await readPostsNaming(q, { siteId: r.siteId, rootId: r.rootPostId, handle: r.author, from: r.startedAt, to: r.lastAt + NAMING_WINDOW_MS, limit: NAMING_LIMIT });
    const reposts = naming.filter((p) => repostsRoot(p.text, r.author, root.text)).length;
    out.push({ ...r, reposts });
  }
  if (req.by === 'reposts') out.sort((a, b) => b.reposts - a.reposts || b.replies - a.replies || b.startedAt - a.startedAt);
  return out.slice(0, limit);
}
