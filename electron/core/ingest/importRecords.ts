import type { ImportProgress, ImportReport } from '../../../shared/domain/importReport';
import type { Db } from '../db/database';
import { beginBulkWrites, createImport, endBulkWrites, finishImport } from '../repos/imports';
import { dropBulkIndexes, ensurePostIndexes } from '../repos/postIndexes';
import { maxPostId } from '../repos/posts';
import { readDisabledSiteNames } from '../repos/sources';
import { scheduleScoring, type ScoringProgress } from '../sentiment/pipeline';
import { batchItems, type ReadBatch, type RecordItems } from './batchItems';
import type { Preset } from './preset';
import { prepareBatch } from './prepareBatch';
import { newCaches, storeBatch, type Batch, type BatchCounts } from './storeBatch';

/** Options of one import run. */
export interface ImportOptions {
  preset: Preset;
  batchSize?: number;
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** Called once the run has its import log id, before any row is read (to offer a cancel). */
  onStart?: (importId: number) => void;
  now?: () => number;
  /**
   * Progress of scoring the run's new posts, which starts once the run has ended (queued behind it,
   * so closing the database still lets it finish); the service pushes it as `sentiment.rescored`.
   */
  onScoring?: (p: ScoringProgress) => void;
  /** Drop and rebuild the bulk indexes (see repos/postIndexes); by default when isBulkImport says so. */
  bulkIndexes?: boolean;
}

/** Records from anywhere (a file, a webhook body, a feed), with a label for the import log. */
export interface RecordSource {
  label: string;
  /** One by one, or in arrays (a file reader's chunks: one await per chunk instead of per row). */
  items: RecordItems;
  bytesTotal: number;
}

/**
 * Rows per batch (one transaction each). Larger batches write each touched index page to the WAL
 * fewer times (bench, with the wider cache: the posts INSERTs of a 200,000-row import took ~4 s
 * instead of ~7 s at 5,000 rows); reads do not wait for them (file databases read on their own
 * connection), and a cancel still stops within about a second.
 */
export const DEFAULT_BATCH_ROWS = 20_000;

/** Fewest bytes per row we assume when sizing an import from its file (generic rows run 100–300). */
const BULK_BYTES_PER_ROW = 150;
/** Smallest import (in rows, estimated from its size) that rebuilds indexes instead of updating them. */
export const BULK_MIN_ROWS = 50_000;

/**
 * Whether an import of this many bytes drops the bulk indexes and builds them again at its end:
 * when it is large, and at least half as big as what is stored (building the index again covers
 * the stored posts too, so for a small addition to a big database updating it is cheaper).
 */
export function isBulkImport(bytesTotal: number, storedPosts: number): boolean {
  const rows = bytesTotal / BULK_BYTES_PER_ROW;
  return rows >= BULK_MIN_ROWS && rows >= storedPosts / 2;
}

/**
 * Writes batches one after another while the caller reads the next one: reading and mapping run
 * on the JS thread while SQLite stores the previous batch on its own thread. At most one batch is
 * in flight, so a failure or a cancel still stops at a batch boundary.
 */
class BatchWriter {
  private inFlight: Promise<void> = Promise.resolve();
  readonly totals: BatchCounts = { rowsRead: 0, imported: 0, duplicates: 0, quarantined: 0 };

  constructor(
    private readonly db: Db,
    private readonly importId: number,
    private readonly opts: ImportOptions,
    private readonly report: (totals: BatchCounts, bytes: number) => void,
  ) {}

  private readonly caches = newCaches();

  /**
   * Waits for the previous batch, then starts this one; false when cancelled instead. The batch is
   * prepared first (see prepareBatch), while SQLite still writes the previous one.
   */
  async write(batch: Batch, bytes: number): Promise<boolean> {
    const prepared = prepareBatch(batch);
    await this.inFlight;
    if (this.opts.signal?.aborted) return false;
    const now = this.opts.now ?? Date.now;
    this.inFlight = storeBatch(this.db, this.importId, prepared, this.caches, now()).then((counts) => {
      for (const k of Object.keys(this.totals) as (keyof BatchCounts)[]) this.totals[k] += counts[k];
      this.report(this.totals, bytes);
    });
    // Rejections surface at the next await; this only keeps Node from calling them unhandled meanwhile.
    this.inFlight.catch(() => undefined);
    return true;
  }

  /** Waits for the batch in flight. */
  drain(): Promise<void> {
    return this.inFlight;
  }
}

/**
 * Runs records through a preset into the database in batches, logging the run as one import.
 * Posts of sites disabled in the registry are quarantined with that reason, not dropped silently.
 */
export async function importRecords(db: Db, source: RecordSource, opts: ImportOptions): Promise<ImportReport> {
  const now = opts.now ?? Date.now;
  const file = source.label;
  const disabled = await readDisabledSiteNames(db);
  await beginBulkWrites(db);
  const importId = await createImport(db, file, opts.preset.name, now());
  const sinceId = await maxPostId(db);
  const bulk = opts.bulkIndexes ?? isBulkImport(source.bytesTotal, sinceId);
  if (bulk) await dropBulkIndexes(db);
  opts.onStart?.(importId);
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_ROWS;
  const started = now();
  const writer = new BatchWriter(db, importId, opts, (totals, bytes) => {
    const secs = Math.max(0.001, (now() - started) / 1000);
    opts.onProgress?.({ importId, file, ...totals, bytesRead: bytes, bytesTotal: source.bytesTotal, rowsPerSecond: totals.rowsRead / secs });
  });
  try {
    const plan = { preset: opts.preset, disabled, importId, file, batchSize };
    const status = await writeAll(batchItems(source.items, plan), writer);
    return await finishImport(db, importId, status, now());
  } catch (err) {
    await writer.drain().catch(() => undefined);
    await finishImport(db, importId, 'failed', now()).catch(() => undefined);
    throw err;
  } finally {
    // Inside the import's time; if this fails too, the next open of the database builds them.
    if (bulk) await ensurePostIndexes(db).catch(() => undefined);
    await endBulkWrites(db).catch(() => undefined);
    // Sentiment of what landed (also of a cancelled or failed run's committed batches).
    void scheduleScoring(db, sinceId, writer.totals.imported, opts.onScoring);
  }
}

/** Writes every batch; 'cancelled' when the signal stopped it (the batches' reader is then closed). */
async function writeAll(batches: AsyncIterable<ReadBatch>, writer: BatchWriter): Promise<'done' | 'cancelled'> {
  for await (const batch of batches) if (!(await writer.write(batch, batch.bytes))) return 'cancelled';
  await writer.drain();
  return 'done';
}
