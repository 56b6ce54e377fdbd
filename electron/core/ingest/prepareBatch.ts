import { indexBatch, type BatchIndex } from './linkBatch';
import type { Batch } from './storeBatch';

/**
 * A batch with the work that needs no database done: its thread structure by position (keys,
 * repeats, in-batch parents, the keys to look up and their hashes). An import prepares the next
 * batch while SQLite still writes the previous one, so this string work stays out of the batch's
 * transaction (where SQLite would wait for it).
 */
export interface PreparedBatch extends Batch {
  /** Positions, repeats and the keys to look up, by site name (see indexBatch). */
  index: BatchIndex;
}

/** Prepares a batch for storeBatch (see PreparedBatch); a batch already prepared is returned as it is. */
export function prepareBatch(batch: Batch | PreparedBatch): PreparedBatch {
  if ('index' in batch) return batch;
  return { ...batch, index: indexBatch(batch.posts.map((p) => ({ site: p.site, externalId: p.externalId, inReplyTo: p.inReplyTo }))) };
}
