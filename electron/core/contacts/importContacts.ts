import { stat } from 'node:fs/promises';
import { AppFailure } from '../../../shared/contract/result';
import type { ContactImportReport } from '../../../shared/domain/contact';
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
}

interface Pending {
  batch: ContactBatch;
  bad: NewQuarantinedRow[];
  rows: number;
}

const emptyPending = (): Pending => ({ batch: { contacts: [], events: [] }, bad: [], rows: 0 });

function addItem(p: Pending, item: CsvItem, preset: ContactPreset, importId: number, file: string): void {
  p.rows++;
  if (item.kind === 'error') {
    p.bad.push({ importId, file, row: item.line, reason: item.reason, raw: item.raw });
    return;
  }
  const m = preset.mapRecord(item.record);
  if (!m.ok) p.bad.push({ importId, file, row: item.line, reason: m.reason, raw: item.raw.slice(0, 2000) });
  else if (m.kind === 'contact') p.batch.contacts.push({ customer: m.customer, contact: m.contact });
  else p.batch.events.push({ customer: m.customer, event: m.event });
}

function checkColumns(file: string, preset: ContactPreset, item: Extract<CsvItem, { kind: 'record' }>): void {
  const missing = preset.requiredColumns.filter((c) => !(c in item.record));
  if (missing.length) throw new AppFailure('invalid-request', `${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} for the ${preset.name} preset`, 'file');
}

/**
 * Imports a helpdesk export (CSV with a header row) through a contact preset: one transaction
 * per batch, rows that break the layout quarantined with their line and reason (the rest land),
 * idempotent on (preset, ticket/conversation id) and on incident event keys, logged as one import.
 */
export async function importContactsFile(db: Db, file: string, opts: ContactImportOptions): Promise<ContactImportReport> {
  await stat(file).catch(() => {
    throw new AppFailure('not-found', `no such file: ${file}`, 'file');
  });
  const now = opts.now ?? Date.now;
  const source = opts.preset.name;
  const importId = await createImport(db, file, source, now());
  const totals = { rowsRead: 0, imported: 0, duplicates: 0, quarantined: 0 };
  const customers = new Set<string>();
  const incidents = new Set<string>();
  let pending = emptyPending();
  const flush = async (): Promise<void> => {
    const p = pending;
    pending = emptyPending();
    const counts = await db.transaction(async (tx) => {
      const c = await storeContactBatch(tx, source, importId, p.batch, now());
      await quarantineRows(tx, p.bad);
      const batchTotals = { rowsRead: p.rows, imported: c.imported, duplicates: c.duplicates, quarantined: p.bad.length };
      await addImportCounts(tx, importId, batchTotals);
      return { ...c, ...batchTotals };
    });
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += counts[k];
    counts.customerKeys.forEach((k) => customers.add(k));
    counts.incidentIds.forEach((k) => incidents.add(k));
  };
  try {
    let checked = false;
    for await (const item of readCsvRecords(file)) {
      if (!checked && item.kind === 'record') {
        checkColumns(file, opts.preset, item);
        checked = true;
      }
      addItem(pending, item, opts.preset, importId, file);
      if (pending.rows >= (opts.batchSize ?? 2000)) await flush();
    }
    await flush();
    await finishImport(db, importId, 'done', now());
  } catch (err) {
    await finishImport(db, importId, 'failed', now()).catch(() => undefined);
    throw err;
  }
  return { importId, file, preset: source, ...totals, customers: customers.size, incidents: incidents.size };
}
