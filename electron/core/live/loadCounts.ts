import type { Queryable } from '../db/database';
import { slotOf } from './buckets';
import { countPost, type PendingPost, type Stores } from './counting';
import { readMinuteCounts, readUnscored } from './liveRepo';

/** Unscored posts remembered (older ones stay counted as not scored until the next rebuild). */
export const MAX_PENDING = 200_000;

/**
 * Counts the stored posts created in [from, to) (ids up to `maxId`) into the stores, and remembers
 * the unscored ones so their score can move them later. Returns how many posts it counted.
 */
export async function loadRange(q: Queryable, stores: Stores, pending: Map<number, PendingPost>, range: { from: number; to: number; maxId: number; now: number }): Promise<number> {
  const counts = await readMinuteCounts(q, range.from, range.to, range.maxId);
  const room = Math.max(0, MAX_PENDING - pending.size);
  const unscored = room ? await readUnscored(q, range.from, range.to, range.maxId, room) : [];
  let posts = 0;
  for (const r of counts) {
    countPost(stores, range.now, r.minute * 60_000, r.site_id, [], slotOf(r.label), r.n);
    posts += r.n;
  }
  // Posts known only from the counts: no alert rule looks at them (isCompany keeps them out).
  for (const p of unscored) pending.set(p.id, { time: p.created_at, siteId: p.site_id, topics: null, author: '', authorId: 0, followers: null, isCompany: true });
  return posts;
}
