import { postFragment } from '../repos/linkedPosts';
import { indexBatch, type BatchIndex } from './linkBatch';
import type { Batch } from './storeBatch';

/**
 * A batch with the work that needs no database done: its thread structure by position and each
 * post's JSON row fragment. An import prepares the next batch while SQLite still writes the
 * previous one, so this work stays out of the batch's transaction (where SQLite would wait for it).
 */
export interface PreparedBatch extends Batch {
  /** Positions, repeats and the keys to look up, by site name (see indexBatch). */
  index: BatchIndex;
  /** Each post's row fragment (see postFragment), index-aligned with `posts`. */
  fragments: string[];
}

/** Prepares a batch for storeBatch (see PreparedBatch); a batch already prepared is returned as it is. */
export function prepareBatch(batch: Batch | PreparedBatch): PreparedBatch {
  if ('index' in batch) return batch;
  const index = indexBatch(batch.posts.map((p) => ({ site: p.site, externalId: p.externalId, inReplyTo: p.inReplyTo })));
  // Only first occurrences are stored; a repeat's fragment is never read.
  const fragments = batch.posts.map((p, i) => (index.firstAt[i] === i ? postFragment(p) : ''));
  return { ...batch, index, fragments };
}
