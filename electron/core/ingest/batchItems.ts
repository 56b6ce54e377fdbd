import type { CsvItem } from './csvRecords';
import type { Preset } from './preset';
import type { Batch } from './storeBatch';

/** What sorting records into batches needs to know of the run. */
export interface BatchPlan {
  preset: Preset;
  /** Sites disabled in Sources: their posts are quarantined with that reason, not dropped silently. */
  disabled: Set<string>;
  importId: number;
  /** The import's label (file path, "webhook", …), recorded with quarantined rows. */
  file: string;
  /** Rows per batch after the first. */
  batchSize: number;
}

/** A batch as read, with how far into the source it got (for progress). */
export interface ReadBatch extends Batch {
  bytes: number;
}

/**
 * Rows of an import's first batch (at most): SQLite has nothing to do until the first batch is read,
 * so a small one starts it sooner (reading 20,000 rows took ~0.25 s of a 4 s import); the batches
 * after it are read while SQLite writes the one before.
 */
export const FIRST_BATCH_ROWS = 2_000;

/** Records one by one, or in arrays (a file reader's chunks: one await per chunk instead of per row). */
export type RecordItems = AsyncIterable<CsvItem | CsvItem[]> | Iterable<CsvItem>;

const emptyBatch = (): Batch => ({ posts: [], bad: [], rows: 0 });

/** Sorts one record into the batch: a post, or a quarantined row with its reason. */
function addItem(batch: Batch, item: CsvItem, plan: BatchPlan): void {
  const { importId, file } = plan;
  batch.rows++;
  if (item.kind === 'error') {
    batch.bad.push({ importId, file, row: item.line, reason: item.reason, raw: item.raw });
    return;
  }
  const mapped = plan.preset.mapRecord(item.record);
  const reason = mapped.ok ? (plan.disabled.has(mapped.post.site) ? `site "${mapped.post.site}" is disabled in Sources` : null) : mapped.reason;
  if (mapped.ok && reason === null) batch.posts.push(mapped.post);
  else batch.bad.push({ importId, file, row: item.line, reason: reason as string, raw: item.raw.slice(0, 2000) });
}

/**
 * Runs records through the preset into batches: the first of up to FIRST_BATCH_ROWS rows, then
 * `batchSize` rows each, and always a last one (possibly empty) when the records end.
 */
export async function* batchItems(items: RecordItems, plan: BatchPlan): AsyncGenerator<ReadBatch> {
  let batch = emptyBatch();
  let bytes = 0;
  let limit = Math.min(plan.batchSize, FIRST_BATCH_ROWS);
  for await (const got of items) {
    for (const item of Array.isArray(got) ? got : [got]) {
      bytes = item.bytes;
      addItem(batch, item, plan);
      if (batch.rows < limit) continue;
      yield { ...batch, bytes };
      batch = emptyBatch();
      limit = plan.batchSize;
    }
  }
  yield { ...batch, bytes };
}
