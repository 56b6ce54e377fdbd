import type { LiveDrillPage, LiveDrillRequest } from '../../../shared/domain/live';
import type { Post } from '../../../shared/domain/post';
import type { SentimentLabel } from '../../../shared/sentiment/types';
import type { Queryable, SqlValue } from '../db/database';
import { SEARCH_COUNT_CAP } from '../repos/posts';
import { placeholders } from '../repos/sql';
import type { TopicBook } from '../topics/topicBook';
import { EFFECTIVE_LABEL } from './liveRepo';

/** With a topic filter, at most this many newest posts of the point are read and classified. */
export const DRILL_TOPIC_SCAN = 5_000;

interface DrillRow {
  id: number;
  external_id: string;
  site_id: number;
  site_name: string;
  author: string;
  created_at: number;
  text: string;
  url: string | null;
  in_reply_to: string | null;
  parent_id: number | null;
  author_followers: number | null;
  s_label: SentimentLabel | null;
  s_score: number | null;
  s_confidence: number | null;
  s_corrected: SentimentLabel | null;
}

const toPost = (r: DrillRow): Post => ({
  id: r.id,
  externalId: r.external_id,
  siteId: r.site_id,
  siteName: r.site_name,
  author: r.author,
  createdAt: r.created_at,
  text: r.text,
  url: r.url,
  inReplyTo: r.in_reply_to,
  parentId: r.parent_id,
  authorFollowers: r.author_followers,
  relevant: true,
  sentiment: r.s_label === null ? null : { label: r.s_label, score: r.s_score ?? 0, confidence: r.s_confidence ?? 0, correctedLabel: r.s_corrected },
});

function whereOf(req: LiveDrillRequest): { sql: string; params: SqlValue[] } {
  const where = ['p.created_at >= ?', 'p.created_at < ?', 'p.relevant = 1', 'a.is_company = 0'];
  const params: SqlValue[] = [req.from, req.to];
  if (req.siteIds?.length) {
    where.push(`p.site_id IN (${placeholders(req.siteIds.length)})`);
    params.push(...req.siteIds);
  }
  if (req.label === 'unscored') where.push('s.post_id IS NULL');
  else if (req.label) {
    where.push(`${EFFECTIVE_LABEL} = ?`);
    params.push(req.label);
  }
  return { sql: where.join(' AND '), params };
}

const SELECT = `SELECT p.id, p.external_id, p.site_id, st.name AS site_name, a.handle AS author, p.created_at, p.text, p.url,
  p.in_reply_to, p.parent_id, p.author_followers, s.label AS s_label, s.score AS s_score, s.confidence AS s_confidence,
  (SELECT c.label FROM sentiment_corrections c WHERE c.post_id = p.id ORDER BY c.id DESC LIMIT 1) AS s_corrected
  FROM posts p JOIN authors a ON a.id = p.author_id JOIN sites st ON st.id = p.site_id LEFT JOIN post_scores s ON s.post_id = p.id`;

/** How far drillPosts counts and classifies; tests lower them to reach the caps with a few posts. */
export interface DrillLimits {
  /** Matches counted at most (then `totalCapped`). */
  countCap?: number;
  /** With a topic, the newest posts of the point classified at most. */
  topicScan?: number;
}

/**
 * The posts behind one chart point: created in [from, to), on the chosen sites, with the chosen
 * label and topic, newest first. The count stops at SEARCH_COUNT_CAP (a week of a busy site is
 * hundreds of thousands of posts) and says so with `totalCapped`. A topic filter classifies the
 * newest DRILL_TOPIC_SCAN posts of the point with each site's topic rules (topics are not stored
 * per post), so its total counts matches among those, capped when older posts were left out. The
 * caller checks that `book` knows the topic.
 */
export async function drillPosts(q: Queryable, req: LiveDrillRequest, book: TopicBook, limits: DrillLimits = {}): Promise<LiveDrillPage> {
  const { sql, params } = whereOf(req);
  const limit = req.limit ?? 50;
  const offset = req.offset ?? 0;
  const order = 'ORDER BY p.created_at DESC, p.id DESC';
  const topic = req.topic;
  if (topic === undefined) {
    const cap = limits.countCap ?? SEARCH_COUNT_CAP;
    const counted = await q.get<{ n: number }>(
      `SELECT count(*) AS n FROM (SELECT 1 FROM posts p JOIN authors a ON a.id = p.author_id LEFT JOIN post_scores s ON s.post_id = p.id WHERE ${sql} LIMIT ?)`,
      [...params, cap + 1],
    );
    const n = counted?.n ?? 0;
    const rows = await q.all<DrillRow>(`${SELECT} WHERE ${sql} ${order} LIMIT ? OFFSET ?`, [...params, limit, offset]);
    return { total: Math.min(n, cap), totalCapped: n > cap, items: rows.map(toPost) };
  }
  const scan = limits.topicScan ?? DRILL_TOPIC_SCAN;
  const rows = await q.all<DrillRow>(`${SELECT} WHERE ${sql} ${order} LIMIT ?`, [...params, scan]);
  const matches = rows.filter((r) => book.hasTopic(r.site_id, r.text, topic));
  return { total: matches.length, totalCapped: rows.length === scan, items: matches.slice(offset, offset + limit).map(toPost) };
}
