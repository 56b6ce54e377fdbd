import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { AppFailure } from '../../../shared/contract/result';
import type { ImportReport } from '../../../shared/domain/importReport';
import type { Db } from '../db/database';
import { readCsvChunks } from './csvRecords';
import { importRecords, type ImportOptions } from './importRecords';
import { readJsonlRecords } from './jsonRecords';
import type { Preset } from './preset';

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
  return importRecords(db, { label: file, items: jsonl ? readJsonlRecords(file) : readCsvChunks(file), bytesTotal: size }, opts);
}

/** The CSV entry kept under its first name (the import bench calls it); reads JSONL presets too. */
export const importCsvFile = importFile;

export { importRecords, type ImportOptions, type RecordSource } from './importRecords';
