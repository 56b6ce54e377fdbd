import type { SentimentCorrection } from '../../../shared/domain/sentiment';
import type { LabelledText, SentimentLabel } from '../../../shared/sentiment/types';
import type { Queryable } from '../db/database';

/** Stores a supervisor's correction of a post's label; every correction is kept. */
export async function insertCorrection(q: Queryable, c: SentimentCorrection): Promise<void> {
  await q.run('INSERT INTO sentiment_corrections (post_id, label, corrected_by, corrected_at) VALUES (?, ?, ?, ?)', [
    c.postId,
    c.label,
    c.by,
    c.at,
  ]);
}

interface CorrectionRow {
  post_id: number;
  label: SentimentLabel;
  corrected_by: string;
  corrected_at: number;
}

const toCorrection = (r: CorrectionRow): SentimentCorrection => ({ postId: r.post_id, label: r.label, by: r.corrected_by, at: r.corrected_at });

/** Every correction of one post, newest first. */
export async function listCorrections(q: Queryable, postId: number): Promise<SentimentCorrection[]> {
  const rows = await q.all<CorrectionRow>(
    'SELECT post_id, label, corrected_by, corrected_at FROM sentiment_corrections WHERE post_id = ? ORDER BY id DESC',
    [postId],
  );
  return rows.map(toCorrection);
}

/** The newest correction of each post: its text with the label the supervisor gave, for training. */
export async function listCorrectedExamples(q: Queryable): Promise<LabelledText[]> {
  return q.all<LabelledText>(
    `SELECT posts.text AS text, c.label AS label
     FROM sentiment_corrections c JOIN posts ON posts.id = c.post_id
     WHERE c.id = (SELECT max(id) FROM sentiment_corrections WHERE post_id = c.post_id)
     ORDER BY c.post_id`,
  );
}
