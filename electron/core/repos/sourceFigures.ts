import type { SiteFigures } from '../../../shared/domain/source';
import { medianOf } from '../../../shared/time/durationStats';
import type { Queryable } from '../db/database';

interface Volume {
  site_id: number;
  name: string;
  posts: number;
  relevant: number;
  last_at: number | null;
}

/**
 * Share of negative posts per site, from the sentiment scores (a supervisor's newest correction
 * wins over the model's label). Sites without scored posts are absent.
 */
async function readNegativeShares(q: Queryable): Promise<Map<number, { scored: number; negative: number }>> {
  const rows = await q.all<{ site_id: number; scored: number; negative: number }>(
    `SELECT p.site_id, count(*) AS scored,
            sum(coalesce((SELECT c.label FROM sentiment_corrections c WHERE c.post_id = s.post_id ORDER BY c.id DESC LIMIT 1), s.label) = 'negative') AS negative
     FROM post_scores s JOIN posts p ON p.id = s.post_id
     WHERE p.relevant = 1
     GROUP BY p.site_id`,
  );
  return new Map(rows.map((r) => [r.site_id, { scored: r.scored, negative: r.negative }]));
}

/** Relevant customer-started conversations per site, and the first-reply delays of answered ones. */
async function readAnswering(q: Queryable): Promise<{ started: Map<number, number>; delays: Map<number, number[]> }> {
  const started = await q.all<{ site_id: number; n: number }>(
    `SELECT p.site_id, count(*) AS n FROM posts p JOIN authors a ON a.id = p.author_id
     WHERE p.parent_id IS NULL AND p.relevant = 1 AND a.is_company = 0 GROUP BY p.site_id`,
  );
  const answered = await q.all<{ site_id: number; ms: number }>(
    `SELECT t.site_id, t.first_company_at - t.started_at AS ms FROM thread_stats t JOIN posts r ON r.id = t.root_id
     WHERE t.root_by_company = 0 AND t.first_company_at IS NOT NULL AND r.relevant = 1`,
  );
  const delays = new Map<number, number[]>();
  for (const a of answered) {
    const list = delays.get(a.site_id) ?? [];
    list.push(Math.max(0, a.ms));
    delays.set(a.site_id, list);
  }
  return { started: new Map(started.map((r) => [r.site_id, r.n])), delays };
}

/**
 * Per-site figures for the Sources view: volume, hidden posts, share of customer conversations a
 * company account answered, median time to that first reply, share negative, last post seen.
 */
export async function readSiteFigures(q: Queryable): Promise<SiteFigures[]> {
  const volumes = await q.all<Volume>(
    `SELECT s.id AS site_id, s.name, count(p.id) AS posts, coalesce(sum(p.relevant), 0) AS relevant, max(p.created_at) AS last_at
     FROM sites s LEFT JOIN posts p ON p.site_id = s.id GROUP BY s.id ORDER BY s.name`,
  );
  const { started, delays } = await readAnswering(q);
  const negative = await readNegativeShares(q);
  return volumes.map((v) => {
    const customerThreads = started.get(v.site_id) ?? 0;
    const replies = delays.get(v.site_id) ?? [];
    const neg = negative.get(v.site_id);
    return {
      siteId: v.site_id,
      siteName: v.name,
      posts: v.posts,
      hiddenPosts: v.posts - v.relevant,
      customerThreads,
      answeredThreads: replies.length,
      shareAnswered: customerThreads ? replies.length / customerThreads : null,
      medianFirstReplyMs: medianOf(replies),
      scoredPosts: neg?.scored ?? 0,
      shareNegative: neg?.scored ? neg.negative / neg.scored : null,
      lastPostAt: v.last_at,
    };
  });
}
