import type { ImportReport, QuarantinedRow } from '../../../shared/domain/importReport';
import type { Queryable } from '../db/database';
import { insertMany } from './sql';

interface ImportRow {
  id: number;
  file: string;
  preset: string;
  status: ImportReport['status'];
  rows_read: number;
  imported: number;
  duplicates: number;
  quarantined: number;
  started_at: number;
  finished_at: number | null;
}

const toReport = (r: ImportRow): ImportReport => ({
  importId: r.id,
  file: r.file,
  preset: r.preset,
  status: r.status,
  rowsRead: r.rows_read,
  imported: r.imported,
  duplicates: r.duplicates,
  quarantined: r.quarantined,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
});

/**
 * Readies the writing connection for a bulk import: a 64 MB page cache (SQLite's default is 2 MB)
 * and a WAL checkpoint every 20,000 pages instead of 1,000. Imports insert into indexes in random
 * key order (posts by author); with the small cache every batch re-reads most index pages, and
 * with frequent checkpoints the same pages are copied into the database file again and again.
 * The cache stays for the connection (it only grows as pages are used); `endBulkWrites` puts the
 * checkpoint interval back and checkpoints once, inside the import's time.
 */
export async function beginBulkWrites(q: Queryable): Promise<void> {
  await q.exec('PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 20000;');
}

/** Ends what beginBulkWrites changed: the default checkpoint interval, and one checkpoint now. */
export async function endBulkWrites(q: Queryable): Promise<void> {
  await q.exec('PRAGMA wal_autocheckpoint = 1000; PRAGMA wal_checkpoint(PASSIVE);');
}

/** Starts an import log entry and returns its id. */
export async function createImport(q: Queryable, file: string, preset: string, now: number): Promise<number> {
  const r = await q.run("INSERT INTO imports (file, preset, status, started_at) VALUES (?, ?, 'running', ?)", [file, preset, now]);
  return r.lastID;
}

/** Adds a batch's counts to the import's running totals. */
export async function addImportCounts(
  q: Queryable,
  id: number,
  c: { rowsRead: number; imported: number; duplicates: number; quarantined: number },
): Promise<void> {
  await q.run(
    'UPDATE imports SET rows_read = rows_read + ?, imported = imported + ?, duplicates = duplicates + ?, quarantined = quarantined + ? WHERE id = ?',
    [c.rowsRead, c.imported, c.duplicates, c.quarantined, id],
  );
}

/** Marks an import finished with a final status. */
export async function finishImport(q: Queryable, id: number, status: ImportReport['status'], now: number): Promise<ImportReport> {
  await q.run('UPDATE imports SET status = ?, finished_at = ? WHERE id = ?', [status, now, id]);
  const row = await q.get<ImportRow>('SELECT * FROM imports WHERE id = ?', [id]);
  if (!row) throw new Error(`import ${id} vanished`);
  return toReport(row);
}

/** Most recent imports first. */
export async function listImports(q: Queryable, limit = 50): Promise<ImportReport[]> {
  const rows = await q.all<ImportRow>('SELECT * FROM imports ORDER BY id DESC LIMIT ?', [limit]);
  return rows.map(toReport);
}

/** A row refused by an import, before it has an id. */
export type NewQuarantinedRow = Omit<QuarantinedRow, 'id'>;

/** Stores refused rows with their reasons. */
export async function quarantineRows(q: Queryable, rows: NewQuarantinedRow[]): Promise<void> {
  await insertMany(
    q,
    'INSERT INTO quarantine (import_id, file, row, reason, raw)',
    5,
    rows.map((r) => [r.importId, r.file, r.row, r.reason, r.raw]),
  );
}

/** Quarantined rows, optionally of one import. */
export async function listQuarantine(q: Queryable, f: { importId?: number; offset?: number; limit?: number }): Promise<QuarantinedRow[]> {
  const where = f.importId !== undefined ? 'WHERE import_id = ?' : '';
  const params = f.importId !== undefined ? [f.importId] : [];
  const rows = await q.all<{ id: number; import_id: number; file: string; row: number; reason: string; raw: string }>(
    `SELECT * FROM quarantine ${where} ORDER BY import_id DESC, row LIMIT ? OFFSET ?`,
    [...params, f.limit ?? 100, f.offset ?? 0],
  );
  return rows.map((r) => ({ id: r.id, importId: r.import_id, file: r.file, row: r.row, reason: r.reason, raw: r.raw }));
}
