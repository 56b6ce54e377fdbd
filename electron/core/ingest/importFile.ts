import { stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { AppFailure } from '../../../shared/contract/result';
import type { ImportProgress, ImportReport } from '../../../shared/domain/importReport';
import type { Db } from '../db/database';
import { authorIdOf, ensureAuthors } from '../repos/authors';
import { addImportCounts, createImport, finishImport, quarantineRows, type NewQuarantinedRow } from '../repos/imports';
import { insertPosts, linkParents, maxPostId, type NewPost } from '../repos/posts';
import { ensureSites } from '../repos/sites';
import { readCsvRecords } from './csvRecords';
import type { IncomingPost, Preset } from './preset';

/** Options of one import run. */
export interface ImportOptions {
  preset: Preset;
  batchSize?: number;
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  now?: () => number;
}

interface Batch {
  posts: IncomingPost[];
  bad: NewQuarantinedRow[];
  rows: number;
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
 * Imports one CSV file through a preset: one transaction per batch, idempotent on (site, id),
 * malformed rows quarantined with line and reason. A crash loses at most the open batch, and
 * running the import again completes it without duplicating anything.
 */
export async function importCsvFile(db: Db, file: string, opts: ImportOptions): Promise<ImportReport> {
  const now = opts.now ?? Date.now;
  const { size } = await stat(file).catch(() => {
    throw new AppFailure('not-found', `no such file: ${file}`, 'file');
  });
  await checkHeader(file, opts.preset);
  const importId = await createImport(db, file, opts.preset.name, now());
  const batchSize = opts.batchSize ?? 5000;
  const sites = new Map<string, number>();
  const authors = new Map<string, number>();
  const totals = { rowsRead: 0, imported: 0, duplicates: 0, quarantined: 0 };
  const started = now();
  let batch: Batch = { posts: [], bad: [], rows: 0 };
  let bytes = 0;

  const flush = async (): Promise<void> => {
    const counts = await storeBatch(db, importId, batch, sites, authors, now());
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += counts[k];
    batch = { posts: [], bad: [], rows: 0 };
    const secs = Math.max(0.001, (now() - started) / 1000);
    opts.onProgress?.({ importId, file, ...totals, bytesRead: bytes, bytesTotal: size, rowsPerSecond: totals.rowsRead / secs });
  };

  try {
    for await (const item of readCsvRecords(file)) {
      bytes = item.bytes;
      batch.rows++;
      if (item.kind === 'error') batch.bad.push({ importId, file, row: item.line, reason: item.reason, raw: item.raw });
      else {
        const mapped = opts.preset.mapRecord(item.record);
        if (mapped.ok) batch.posts.push(mapped.post);
        else batch.bad.push({ importId, file, row: item.line, reason: mapped.reason, raw: item.raw.slice(0, 2000) });
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

/** Stores one batch in one transaction and returns its counts. */
async function storeBatch(
  db: Db,
  importId: number,
  batch: Batch,
  sites: Map<string, number>,
  authors: Map<string, number>,
  now: number,
): Promise<{ rowsRead: number; imported: number; duplicates: number; quarantined: number }> {
  return db.transaction(async (tx) => {
    const newSites = batch.posts.map((p) => p.site).filter((s) => !sites.has(s));
    if (newSites.length) for (const [name, id] of await ensureSites(tx, newSites, now)) sites.set(name, id);
    const siteOf = (p: IncomingPost): number => sites.get(p.site) as number;
    await ensureAuthors(tx, batch.posts.map((p) => ({ siteId: siteOf(p), handle: p.author, followers: p.authorFollowers })), authors);
    const since = await maxPostId(tx);
    const rows: NewPost[] = batch.posts.map((p) => ({
      siteId: siteOf(p),
      externalId: p.externalId,
      authorId: authorIdOf(authors, siteOf(p), p.author),
      createdAt: p.createdAt,
      text: p.text,
      url: p.url,
      inReplyTo: p.inReplyTo,
      authorFollowers: p.authorFollowers,
      relevant: true,
      importId,
      ingestedAt: now,
    }));
    const imported = await insertPosts(tx, rows);
    if (imported > 0) await linkParents(tx, since);
    await quarantineRows(tx, batch.bad);
    const counts = { rowsRead: batch.rows, imported, duplicates: rows.length - imported, quarantined: batch.bad.length };
    await addImportCounts(tx, importId, counts);
    return counts;
  });
}
