import type { ImportReport } from '../../../shared/domain/importReport';
import type { Core } from '../core';
import type { CsvItem } from '../ingest/csvRecords';
import { jsonlPreset } from '../ingest/genericPreset';
import { importRecords } from '../ingest/importFile';
import { parseJsonLine, toStringRecord } from '../ingest/jsonRecords';

/** Where the served app accepts pushed posts. */
export const WEBHOOK_PATH = '/hooks/posts';
/** Largest body the webhook reads; bigger pushes are refused with 413 (split them). */
export const WEBHOOK_MAX_BODY = 16 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a webhook body: a JSON array of post objects, or JSON Lines (one object per line). Items
 * are numbered from 1 (array position or line) so quarantined ones can be found. Returns a reason
 * string when the body as a whole is unreadable.
 */
export function readWebhookBody(body: Buffer): CsvItem[] | string {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return 'body is not valid UTF-8';
  }
  const trimmed = text.trim();
  if (trimmed === '') return 'body is empty: send a JSON array of posts or JSON Lines';
  if (trimmed.startsWith('[')) {
    let list: unknown;
    try {
      list = JSON.parse(trimmed);
    } catch (err) {
      return `body is not valid JSON: ${err instanceof Error ? err.message : String(err)}`;
    }
    if (!Array.isArray(list)) return 'body must be a JSON array of posts or JSON Lines';
    return list.map((v, i): CsvItem => {
      const raw = JSON.stringify(v) ?? 'undefined';
      const record = toStringRecord(v);
      return typeof record === 'string'
        ? { kind: 'error', line: i + 1, reason: record, raw: raw.slice(0, 2000), bytes: 0 }
        : { kind: 'record', line: i + 1, record, raw, bytes: 0 };
    });
  }
  const items: CsvItem[] = [];
  text.split('\n').forEach((line, i) => {
    const clean = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (clean.trim() !== '') items.push(parseJsonLine(clean, i + 1, 0));
  });
  return items;
}

/** What the webhook answers: HTTP status and a JSON body. */
export interface WebhookAnswer {
  status: number;
  json: unknown;
}

/**
 * Stores pushed posts through the same path as file imports (generic fields, relevance, threads,
 * quarantine with item numbers) and tells open windows. 200 with the counts, 400 when the body
 * cannot be read at all.
 */
export async function receiveWebhookPosts(core: Core, body: Buffer): Promise<WebhookAnswer> {
  const items = readWebhookBody(body);
  if (typeof items === 'string') return { status: 400, json: { ok: false, error: { code: 'invalid-request', message: items } } };
  const report: ImportReport = await importRecords(core.db, { label: 'webhook', items, bytesTotal: body.length }, { preset: jsonlPreset, now: core.now });
  if (report.imported > 0) core.events.emit('posts.ingested', { count: report.imported, at: core.now() });
  core.events.emit('imports.finished', report);
  return {
    status: 200,
    json: { ok: true, value: { importId: report.importId, imported: report.imported, duplicates: report.duplicates, quarantined: report.quarantined } },
  };
}
