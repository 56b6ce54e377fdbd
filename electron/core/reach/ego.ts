import type { AuthorMetrics, EgoNetwork, EgoNode, EgoRole } from '../../../shared/domain/reach';
import { AppFailure } from '../../../shared/contract/result';
import type { Queryable } from '../db/database';
import { readEdgesAmong, readNeighbours } from '../repos/edges';
import { listReachRuns, readBareAuthors, readMetricsOf } from '../repos/metrics';
import { scoreMetrics } from './leaderboard';

/** Default and largest node caps of an ego network. */
export const EGO_DEFAULT_NODES = 300;
export const EGO_MAX_NODES = 20_000;

const fmt = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number): string => (n === 1 ? 'neighbour' : 'neighbours');

/**
 * The ego network of an author: the author, its followers and followees, and the follow edges among
 * them. Above `maxNodes` it is sampled deterministically: the neighbours with the highest PageRank
 * (ties: mutual follows first, then lower id) are kept, and the rule is stated in `sampling`.
 */
export async function readEgoNetwork(q: Queryable, authorId: number, maxNodes = EGO_DEFAULT_NODES): Promise<EgoNetwork> {
  const { followers, followees } = await readNeighbours(q, authorId);
  const roles = new Map<number, EgoRole>();
  for (const id of followers) roles.set(id, 'follower');
  for (const id of followees) roles.set(id, roles.has(id) ? 'mutual' : 'followee');
  roles.delete(authorId);
  const all = [authorId, ...roles.keys()];
  const metrics = await readMetricsOf(q, all);
  const bare = await readBareAuthors(q, all.filter((id) => !metrics.has(id)));
  for (const b of bare) metrics.set(b.authorId, b);
  if (!metrics.has(authorId)) throw new AppFailure('not-found', `no author with id ${authorId}`, 'authorId');
  const neighbours = [...roles.keys()];
  const cap = Math.max(1, Math.min(EGO_MAX_NODES, maxNodes)) - 1;
  const kept = neighbours.length > cap ? pickTop(neighbours, metrics, roles, cap) : neighbours;
  const ids = [authorId, ...kept];
  const runs = await listReachRuns(q);
  const nodes = ids.map((id): EgoNode => {
    const m = metrics.get(id) as AuthorMetrics;
    return { ...m, role: id === authorId ? 'ego' : (roles.get(id) as EgoRole), score: scoreMetrics(m, {}, runs).score };
  });
  const edges = (await readEdgesAmong(q, ids)).map(([source, target]) => ({ source, target }));
  const sampled = kept.length < neighbours.length;
  const rule = sampled
    ? `showing the ${fmt(kept.length)} ${plural(kept.length)} with the highest PageRank of ${fmt(neighbours.length)}`
    : `all ${fmt(neighbours.length)} ${plural(neighbours.length)} shown`;
  return { egoId: authorId, nodes, edges, sampling: { neighbours: neighbours.length, shown: kept.length, sampled, rule } };
}

function pickTop(ids: number[], metrics: Map<number, AuthorMetrics>, roles: Map<number, EgoRole>, k: number): number[] {
  const pr = (id: number): number => metrics.get(id)?.pagerank ?? 0;
  const mutual = (id: number): number => (roles.get(id) === 'mutual' ? 1 : 0);
  return [...ids].sort((a, b) => pr(b) - pr(a) || mutual(b) - mutual(a) || a - b).slice(0, k);
}
