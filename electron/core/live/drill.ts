import type { LiveDrillPage, LiveDrillRequest } from '../../../shared/domain/live';
import type { Post } from '../../../shared/domain/post';
import type { SentimentLabel } from '../../../shared/sentiment/types';
import type { Queryable, SqlValue } from '../db/database';
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

/**
 * The posts behind one chart point: created in [from, to), on the chosen sites, with the chosen
 * label and topic, newest first. A topic filter classifies the newest DRILL_TOPIC_SCAN posts of the
 * point with each site's topic rules (topics are not stored per post), so its total counts matches
 * among those. The caller checks that `book` knows the topic.
 */
export async function drillPosts(q: Queryable, req: LiveDrillRequest, book: TopicBook): Promise<LiveDrillPage> {
  const { sql, params } = whereOf(req);
  const limit = req.limit ?? 50;
  const offset = req.offset ?? 0;
  const order = 'ORDER BY p.created_at DESC, p.id DESC';
  const topic = req.topic;
  if (topic === undefined) {
    const total = await q.get<{ n: number }>(
      `SELECT count(*) AS n FROM posts p JOIN authors a ON a.id = p.author_id LEFT JOIN post_scores s ON s.post_id = p.id WHERE ${sql}`,
      params,
    );
    const rows = await q.all<DrillRow>(`${SELECT} WHERE ${sql} ${order} LIMIT ? OFFSET ?`, [...params, limit, offset]);
    return { total: total?.n ?? 0, items: rows.map(toPost) };
  }
  const rows = await q.all<DrillRow>(`${SELECT} WHERE ${sql} ${order} LIMIT ?`, [...params, DRILL_TOPIC_SCAN]);
  const matches = rows.filter((r) => book.hasTopic(r.site_id, r.text, topic));
  return { total: matches.length, items: matches.slice(offset, offset + limit).map(toPost) };
}
