import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { AppFailure } from '../../../shared/contract/result';
import type { ContactImportReport } from '../../../shared/domain/contact';
import type { ImportProgress } from '../../../shared/domain/importReport';
import type { Db } from '../db/database';
import { readCsvRecords, type CsvItem } from '../ingest/csvRecords';
import { addImportCounts, createImport, finishImport, quarantineRows, type NewQuarantinedRow } from '../repos/imports';
import type { ContactPreset } from './contactPreset';
import { storeContactBatch, type ContactBatch } from './storeContacts';

/** Options of one contact-history import. */
export interface ContactImportOptions {
  preset: ContactPreset;
  batchSize?: number;
  now?: () => number;
  /** Stops at the next batch boundary; the import is logged as cancelled. */
  signal?: AbortSignal;
  /** Called once the run has its import log id, before any row is read. */
  onStart?: (importId: number) => void;
  /** Called after each stored batch. */
  onProgress?: (p: ImportProgress) => void;
}

interface Pending {
  batch: ContactBatch;
  bad: NewQuarantinedRow[];
  rows: number;
  bytes: number;
}

const emptyPending = (): Pending => ({ batch: { contacts: [], events: [], customers: [] }, bad: [], rows: 0, bytes: 0 });

function addItem(p: Pending, item: CsvItem, preset: ContactPreset, importId: number, file: string): void {
  p.bytes = item.bytes;
  if (preset.isFooter?.(item.raw)) return;
  p.rows++;
  if (item.kind === 'error') {
    p.bad.push({ importId, file, row: item.line, reason: item.reason, raw: item.raw });
    return;
  }
  const m = preset.mapRecord(item.record);
  if (!m.ok) p.bad.push({ importId, file, row: item.line, reason: m.reason, raw: item.raw.slice(0, 2000) });
  else if (m.kind === 'contact') p.batch.contacts.push({ customer: m.customer, contact: m.contact, incident: m.incident });
  else if (m.kind === 'customer') p.batch.customers.push(m.customer);
  else p.batch.events.push({ customer: m.customer, event: m.event });
}

/** Fails before anything is logged, naming the columns, when the header lacks what the preset needs. */
async function checkHeader(file: string, preset: ContactPreset): Promise<void> {
  const parser = createReadStream(file).pipe(parse({ bom: true, to_line: 1, relax_quotes: true }));
  let header: string[] = [];
  for await (const rec of parser) header = (rec as string[]).map((h) => h.trim());
  const missing = preset.requiredColumns.filter((c) => !header.includes(c));
  if (missing.length) throw new AppFailure('invalid-request', `${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} for the ${preset.name} preset`, 'file');
}

type Totals = { rowsRead: number; imported: number; duplicates: number; quarantined: number };

/** Stores one batch in its own transaction and returns what it did. */
async function storePending(db: Db, source: string, importId: number, p: Pending, now: number): Promise<Totals & { customerKeys: string[]; incidentIds: string[] }> {
  return db.transaction(async (tx) => {
    const c = await storeContactBatch(tx, source, importId, p.batch, now);
    await quarantineRows(tx, p.bad);
    const batchTotals = { rowsRead: p.rows, imported: c.imported, duplicates: c.duplicates, quarantined: p.bad.length };
    await addImportCounts(tx, importId, batchTotals);
    return { ...c, ...batchTotals };
  });
}

/**
 * Imports a helpdesk export (CSV with a header row) through a contact preset: one transaction
 * per batch, rows that break the layout quarantined with their line and reason (the rest land),
 * idempotent on (preset, ticket/conversation id) and on incident event keys, logged as one import.
 * A cancel (opts.signal) stops at a batch boundary; what was stored stays.
 */
export async function importContactsFile(db: Db, file: string, opts: ContactImportOptions): Promise<ContactImportReport> {
  const { size } = await stat(file).catch(() => {
    throw new AppFailure('not-found', `no such file: ${file}`, 'file');
  });
  await checkHeader(file, opts.preset);
  const now = opts.now ?? Date.now;
  const source = opts.preset.source ?? opts.preset.name;
  const importId = await createImport(db, file, opts.preset.name, now());
  opts.onStart?.(importId);
  const started = now();
  const totals: Totals = { rowsRead: 0, imported: 0, duplicates: 0, quarantined: 0 };
  const customers = new Set<string>();
  const incidents = new Set<string>();
  let pending = emptyPending();
  const flush = async (): Promise<void> => {
    const p = pending;
    pending = emptyPending();
    const counts = await storePending(db, source, importId, p, now());
    for (const k of Object.keys(totals) as (keyof Totals)[]) totals[k] += counts[k];
    counts.customerKeys.forEach((k) => customers.add(k));
    counts.incidentIds.forEach((k) => incidents.add(k));
    const rowsPerSecond = totals.rowsRead / Math.max(0.001, (now() - started) / 1000);
    opts.onProgress?.({ importId, file, ...totals, bytesRead: p.bytes, bytesTotal: size, rowsPerSecond });
  };
  let status: 'done' | 'cancelled' = 'done';
  try {
    for await (const item of readCsvRecords(file)) {
      addItem(pending, item, opts.preset, importId, file);
      if (pending.rows < (opts.batchSize ?? 2000)) continue;
      await flush();
      if (opts.signal?.aborted) break;
    }
    if (opts.signal?.aborted) status = 'cancelled';
    else await flush();
    await finishImport(db, importId, status, now());
  } catch (err) {
    await finishImport(db, importId, 'failed', now()).catch(() => undefined);
    throw err;
  }
  return { importId, file, preset: opts.preset.name, status, ...totals, customers: customers.size, incidents: incidents.size };
}
