// Scoring of stored posts: the scorer of the active model (cached per database), scoring a set
// of posts into their stored scores, and the step that scores an import batch after it commits.
import type { Db, Queryable } from '../db/database';
import { readActiveModel } from '../repos/models';
import type { SentimentScore } from '../../../shared/sentiment/types';
import { listStalePosts, listUnscoredPosts, upsertScores, type ModelStamp, type PostText, type StoredScore } from '../repos/scores';
import { scorerOfStored, type Scorer } from './model';

/** Posts scored per queued step: small enough that other callers of the database wait little. */
export const SCORE_CHUNK = 500;

const scorers = new WeakMap<object, Scorer>();

/**
 * The scorer of the active model for this database. The cache is keyed by the database and
 * checked against the active row each time (one indexed read), so a model switched on by another
 * process or call is picked up without restarting.
 */
export async function activeScorer(q: Queryable, cacheKey: object = q): Promise<Scorer> {
  const row = await q.get<{ id: number }>('SELECT id FROM sentiment_models WHERE active = 1');
  const cached = scorers.get(cacheKey);
  if (cached && row && cached.modelId === row.id) return cached;
  const scorer = scorerOfStored(await readActiveModel(q));
  scorers.set(cacheKey, scorer);
  return scorer;
}

/** A score as stored for a post, stamped with the model that made it. */
export function toStoredScore(postId: number, s: SentimentScore, stamp: ModelStamp, now: number): StoredScore {
  return {
    postId,
    label: s.label,
    score: s.score,
    confidence: s.confidence,
    language: s.language,
    reasons: s.reasons,
    modelId: stamp.modelId,
    modelVersion: stamp.modelVersion,
    scoredAt: now,
  };
}

/** Scores posts in bulk with one scorer (`scoreQuick`); the result is what `upsertScores` stores. */
export function scorePostTexts(scorer: Scorer, posts: readonly PostText[], now: number): StoredScore[] {
  return posts.map((p) => toStoredScore(p.id, scorer.scoreQuick(p.text), scorer, now));
}

/** Scores and stores the posts among `ids` that have no score yet (lazy path for lists and explain). */
export async function ensureScored(db: Db, ids: number[], now: number): Promise<StoredScore[]> {
  return db.transaction(async (tx) => {
    const todo = await listUnscoredPosts(tx, ids);
    if (todo.length === 0) return [];
    const scores = scorePostTexts(await activeScorer(tx, db), todo, now);
    await upsertScores(tx, scores);
    return scores;
  });
}

/** How far the scoring of an import's posts has got (`done` of `total` posts, with the model used). */
export interface ScoringProgress {
  modelId: number;
  done: number;
  total: number;
  finished: boolean;
}

/**
 * Scores posts stored after `sinceId` with the active model, one queued transaction per chunk
 * (`count` posts, SCORE_CHUNK at a time, keyset-paged so the table is walked once). The steps are
 * queued at once behind whatever is queued now, so a database closed afterwards still finishes
 * scoring first, and other callers interleave between chunks. Imports call it when they end, so
 * bulk loads are not slowed by scoring between batches. Failures leave posts unscored (the lazy
 * path and rescoring fill them in) and never fail the import. Resolves when the last step ran.
 */
export function scheduleScoring(db: Db, sinceId: number, count: number, onProgress?: (p: ScoringProgress) => void): Promise<void> {
  const steps = Math.ceil(Math.max(0, count) / SCORE_CHUNK);
  let after = sinceId;
  let done = 0;
  let ended = false;
  let last: Promise<unknown> = Promise.resolve();
  for (let i = 0; i < steps; i++) {
    const final = i === steps - 1;
    last = db
      .transaction(async (tx) => {
        if (ended) return;
        const scorer = await activeScorer(tx, db);
        const todo = await listStalePosts(tx, scorer, after, SCORE_CHUNK);
        await upsertScores(tx, scorePostTexts(scorer, todo, Date.now()));
        if (todo.length) after = todo[todo.length - 1].id;
        done += todo.length;
        ended = final || todo.length === 0;
        onProgress?.({ modelId: scorer.modelId, done, total: Math.max(count, done), finished: ended });
      })
      .catch((err: unknown) => {
        process.emitWarning(`sentiment scoring of new posts failed: ${err instanceof Error ? err.message : String(err)}`);
      });
  }
  const settled = Promise.all([scoring.get(db), last]).then(() => undefined);
  scoring.set(db, settled);
  return settled;
}

const scoring = new WeakMap<Db, Promise<void>>();

/** Resolves once the scoring scheduled so far on this database has run (at once when none was). */
export function waitForScoring(db: Db): Promise<void> {
  return scoring.get(db) ?? Promise.resolve();
}
