import type { Reason, SentimentLabel } from '../../../shared/sentiment/types';
import type { Queryable } from '../db/database';
import { jsonRows } from './sql';

/** A post's score as stored. */
export interface StoredScore {
  postId: number;
  label: SentimentLabel;
  score: number;
  confidence: number;
  language: string;
  reasons: Reason[];
  modelId: number;
  modelVersion: string;
  scoredAt: number;
}

const COLUMNS = 'post_id, label, score, confidence, language, reasons, model_id, model_version, scored_at';

const toParams = (s: StoredScore): (string | number)[] => [
  s.postId,
  s.label,
  s.score,
  s.confidence,
  s.language,
  JSON.stringify(s.reasons),
  s.modelId,
  s.modelVersion,
  s.scoredAt,
];

const SELECT_SCORE = COLUMNS.split(', ')
  .map((_, i) => `value ->> ${i}`)
  .join(', ');

/**
 * Writes scores, replacing each post's previous one: one statement, the rows as one JSON parameter
 * (see jsonRows; binding 9 values per score cost more than scoring them). `WHERE true` lets SQLite
 * parse the upsert clause after a SELECT.
 */
export async function upsertScores(q: Queryable, scores: StoredScore[]): Promise<number> {
  if (scores.length === 0) return 0;
  const r = await q.run(
    `INSERT INTO post_scores (${COLUMNS}) SELECT ${SELECT_SCORE} FROM jsonb_each(?) WHERE true
     ON CONFLICT (post_id) DO UPDATE SET label = excluded.label, score = excluded.score, confidence = excluded.confidence,
       language = excluded.language, reasons = excluded.reasons, model_id = excluded.model_id,
       model_version = excluded.model_version, scored_at = excluded.scored_at`,
    [jsonRows(scores.map(toParams))],
  );
  return r.changes;
}

interface ScoreRow {
  post_id: number;
  label: SentimentLabel;
  score: number;
  confidence: number;
  language: string;
  reasons: string;
  model_id: number;
  model_version: string;
  scored_at: number;
}

/** A post's stored score, or undefined when it has not been scored yet. */
export async function readScore(q: Queryable, postId: number): Promise<StoredScore | undefined> {
  const r = await q.get<ScoreRow>(`SELECT ${COLUMNS} FROM post_scores WHERE post_id = ?`, [postId]);
  if (!r) return undefined;
  return {
    postId: r.post_id,
    label: r.label,
    score: r.score,
    confidence: r.confidence,
    language: r.language,
    reasons: JSON.parse(r.reasons) as Reason[],
    modelId: r.model_id,
    modelVersion: r.model_version,
    scoredAt: r.scored_at,
  };
}

/** A post to score: its id and untrusted text. */
export interface PostText {
  id: number;
  text: string;
}

/** Which model build a score must come from; anything else is stale. */
export interface ModelStamp {
  modelId: number;
  modelVersion: string;
}

const STALE = `NOT EXISTS (SELECT 1 FROM post_scores s WHERE s.post_id = posts.id AND s.model_id = ? AND s.model_version = ?)`;

/**
 * The next posts after `afterId` (by id) that have no score from `stamp`'s model: never scored,
 * or scored by another model. Keyset-paged so a rescore walks the table once.
 */
export async function listStalePosts(q: Queryable, stamp: ModelStamp, afterId: number, limit: number): Promise<PostText[]> {
  return q.all<PostText>(`SELECT id, text FROM posts WHERE id > ? AND ${STALE} ORDER BY id LIMIT ?`, [
    afterId,
    stamp.modelId,
    stamp.modelVersion,
    limit,
  ]);
}

/** How many posts have no score from `stamp`'s model. */
export async function countStalePosts(q: Queryable, stamp: ModelStamp): Promise<number> {
  const r = await q.get<{ n: number }>(`SELECT count(*) AS n FROM posts WHERE ${STALE}`, [stamp.modelId, stamp.modelVersion]);
  return r?.n ?? 0;
}

/** The posts among `ids` that have no score at all yet. */
export async function listUnscoredPosts(q: Queryable, ids: number[]): Promise<PostText[]> {
  if (ids.length === 0) return [];
  return q.all<PostText>(
    `SELECT id, text FROM posts WHERE id IN (SELECT value FROM json_each(?)) AND NOT EXISTS (SELECT 1 FROM post_scores s WHERE s.post_id = posts.id) ORDER BY id`,
    [JSON.stringify(ids)],
  );
}

/** Stores reasons computed later for a score (only if the score is still from that model). */
export async function storeReasons(q: Queryable, postId: number, modelId: number, reasons: Reason[]): Promise<void> {
  await q.run('UPDATE post_scores SET reasons = ? WHERE post_id = ? AND model_id = ?', [JSON.stringify(reasons), postId, modelId]);
}
