import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { AppFailure } from '../../../shared/contract/result';
import type { ImportProgress, ImportReport } from '../../../shared/domain/importReport';
import type { Db } from '../db/database';
import { createImport, finishImport } from '../repos/imports';
import { readDisabledSiteNames } from '../repos/sources';
import { readCsvRecords, type CsvItem } from './csvRecords';
import { readJsonlRecords } from './jsonRecords';
import type { Preset } from './preset';
import { newCaches, storeBatch, type Batch } from './storeBatch';

/** Options of one import run. */
export interface ImportOptions {
  preset: Preset;
  batchSize?: number;
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  now?: () => number;
}

/** Fails early, naming the columns, when a file's header lacks what the preset needs. */
async function checkHeader(file: string, preset: Preset): Promise<void> {
  const parser = createReadStream(file).pipe(parse({ bom: true, to_line: 1, relax_quotes: true }));
  let header: string[] = [];
  for await (const rec of parser) header = (rec as string[]).map((h) => h.trim());
  const missing = preset.requiredColumns.filter((c) => !header.includes(c));
  if (missing.length) throw new AppFailure('invalid-request', `${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, 'file');
}

/**
 * Imports one file (CSV or JSON Lines, as the preset says): one transaction per batch,
 * idempotent on (site, id), malformed rows quarantined with line and reason. A crash loses at
 * most the open batch, and running the import again completes it without duplicating anything.
 */
export async function importFile(db: Db, file: string, opts: ImportOptions): Promise<ImportReport> {
  const { size } = await stat(file).catch(() => {
    throw new AppFailure('not-found', `no such file: ${file}`, 'file');
  });
  const jsonl = opts.preset.format === 'jsonl';
  if (!jsonl) await checkHeader(file, opts.preset);
  return importRecords(db, { label: file, items: jsonl ? readJsonlRecords(file) : readCsvRecords(file), bytesTotal: size }, opts);
}

/** The CSV entry kept under its first name (the import bench calls it); reads JSONL presets too. */
export const importCsvFile = importFile;

/** Records from anywhere (a file, a webhook body, a feed), with a label for the import log. */
export interface RecordSource {
  label: string;
  items: AsyncIterable<CsvItem> | Iterable<CsvItem>;
  bytesTotal: number;
}

/**
 * Runs records through a preset into the database in batches, logging the run as one import.
 * Posts of sites disabled in the registry are quarantined with that reason, not dropped silently.
 */
export async function importRecords(db: Db, source: RecordSource, opts: ImportOptions): Promise<ImportReport> {
  const now = opts.now ?? Date.now;
  const { label: file } = source;
  const disabled = await readDisabledSiteNames(db);
  const importId = await createImport(db, file, opts.preset.name, now());
  const batchSize = opts.batchSize ?? 5000;
  const caches = newCaches();
  const totals = { rowsRead: 0, imported: 0, duplicates: 0, quarantined: 0 };
  const started = now();
  let batch: Batch = { posts: [], bad: [], rows: 0 };
  let bytes = 0;

  const flush = async (): Promise<void> => {
    const counts = await storeBatch(db, importId, batch, caches, now());
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += counts[k];
    batch = { posts: [], bad: [], rows: 0 };
    const secs = Math.max(0.001, (now() - started) / 1000);
    opts.onProgress?.({ importId, file, ...totals, bytesRead: bytes, bytesTotal: source.bytesTotal, rowsPerSecond: totals.rowsRead / secs });
  };

  try {
    for await (const item of source.items) {
      bytes = item.bytes;
      batch.rows++;
      if (item.kind === 'error') batch.bad.push({ importId, file, row: item.line, reason: item.reason, raw: item.raw });
      else {
        const mapped = opts.preset.mapRecord(item.record);
        const reason = mapped.ok ? (disabled.has(mapped.post.site) ? `site "${mapped.post.site}" is disabled in Sources` : null) : mapped.reason;
        if (mapped.ok && reason === null) batch.posts.push(mapped.post);
        else batch.bad.push({ importId, file, row: item.line, reason: reason as string, raw: item.raw.slice(0, 2000) });
      }
      if (batch.rows >= batchSize) {
        await flush();
        if (opts.signal?.aborted) return await finishImport(db, importId, 'cancelled', now());
      }
    }
    await flush();
    return await finishImport(db, importId, 'done', now());
  } catch (err) {
    await finishImport(db, importId, 'failed', now()).catch(() => undefined);
    throw err;
  }
}
