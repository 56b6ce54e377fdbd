import type { SitePolicy } from '../../../shared/domain/site';
import type { SentimentLabel } from '../../../shared/sentiment/types';
import type { Queryable, SqlValue } from '../db/database';

/** A candidate of the triage queue with the raw facts its terms come from. */
export interface TriageRow {
  postId: number;
  siteId: number;
  siteName: string;
  sitePolicy: SitePolicy;
  author: string;
  text: string;
  createdAt: number;
  label: SentimentLabel | null;
  score: number | null;
  followers: number | null;
  /** The author's negative posts in the 30 days before this one. */
  recentNegatives: number;
  /** Contacts of the customer the author is confirmed as (null when not linked). */
  customerContacts: number | null;
}

/** The newest stored post time, the anchor of the queue's window (imported files are not "now"). */
export async function readNewestPostAt(q: Queryable): Promise<number | null> {
  return (await q.get<{ t: number | null }>('SELECT max(created_at) AS t FROM posts'))?.t ?? null;
}

/**
 * New inbound posts since `since`: relevant, by a customer (not a company account), in a
 * conversation without a case and not answered by the company after them; the latest such post
 * of each conversation only.
 */
export async function listTriageRows(q: Queryable, f: { since: number; siteId?: number; limit: number }): Promise<TriageRow[]> {
  const params: SqlValue[] = [f.since];
  const site = f.siteId === undefined ? '' : 'AND p.site_id = ?';
  if (f.siteId !== undefined) params.push(f.siteId);
  const rows = await q.all<Omit<TriageRow, 'customerContacts'> & { contacts: number; linked: number }>(
    `WITH cand AS (
       SELECT p.id, p.site_id, p.author_id, p.created_at, coalesce(p.thread_root_id, p.id) AS root,
              row_number() OVER (PARTITION BY coalesce(p.thread_root_id, p.id) ORDER BY p.created_at DESC, p.id DESC) AS nth
       FROM posts p JOIN authors a ON a.id = p.author_id
       WHERE p.created_at >= ? ${site} AND p.relevant = 1 AND a.is_company = 0
         AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.root_post_id = coalesce(p.thread_root_id, p.id))
         AND NOT EXISTS (SELECT 1 FROM posts r JOIN authors ra ON ra.id = r.author_id
                         WHERE ra.is_company = 1 AND r.created_at >= p.created_at AND (r.thread_root_id = coalesce(p.thread_root_id, p.id)))
     )
     SELECT p.id AS postId, p.site_id AS siteId, s.name AS siteName, s.policy AS sitePolicy, a.handle AS author, p.text, p.created_at AS createdAt,
       coalesce((SELECT k.label FROM sentiment_corrections k WHERE k.post_id = p.id ORDER BY k.id DESC LIMIT 1), ps.label) AS label, ps.score,
       coalesce(p.author_followers, a.followers) AS followers,
       (SELECT count(*) FROM posts o JOIN post_scores os ON os.post_id = o.id
        WHERE o.author_id = p.author_id AND os.label = 'negative' AND o.created_at < p.created_at AND o.created_at >= p.created_at - 2592000000) AS recentNegatives,
       (SELECT count(*) FROM identity_links l JOIN contacts k ON k.customer_id = l.customer_id WHERE l.author_id = p.author_id AND l.status = 'confirmed') AS contacts,
       EXISTS (SELECT 1 FROM identity_links l WHERE l.author_id = p.author_id AND l.status = 'confirmed') AS linked
     FROM cand JOIN posts p ON p.id = cand.id JOIN authors a ON a.id = p.author_id JOIN sites s ON s.id = p.site_id
     LEFT JOIN post_scores ps ON ps.post_id = p.id
     WHERE cand.nth = 1 ORDER BY p.created_at DESC LIMIT ?`,
    [...params, f.limit],
  );
  return rows.map(({ contacts, linked, ...r }) => ({ ...r, customerContacts: linked ? contacts : null }));
}
