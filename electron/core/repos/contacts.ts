import type { Contact, ContactChannel } from '../../../shared/domain/contact';
import type { Queryable, SqlValue } from '../db/database';
import { insertMany, placeholders } from './sql';

/** A contact row to upsert. */
export interface ContactUpsert {
  externalId: string;
  customerId: number;
  at: number | null;
  channel: ContactChannel;
  agent: string | null;
  reason: string | null;
  outcome: string | null;
  incidentId: string | null;
  importId: number;
}

/** Which of these external ids a source already has. */
export async function existingContactIds(q: Queryable, source: string, ids: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < ids.length; i += 10_000) {
    const part = ids.slice(i, i + 10_000);
    const rows = await q.all<{ e: string }>(`SELECT external_id AS e FROM contacts WHERE source = ? AND external_id IN (${placeholders(part.length)})`, [source, ...part]);
    for (const r of rows) out.add(r.e);
  }
  return out;
}

/** Adds contacts or updates them in place (a re-export carries the newer status), keyed on (source, external id). */
export async function upsertContacts(q: Queryable, source: string, rows: ContactUpsert[]): Promise<void> {
  await insertMany(
    q,
    'INSERT INTO contacts (source, external_id, customer_id, at, channel, agent, reason, outcome, incident_id, import_id)',
    10,
    rows.map((r): SqlValue[] => [source, r.externalId, r.customerId, r.at, r.channel, r.agent, r.reason, r.outcome, r.incidentId, r.importId]),
    `ON CONFLICT (source, external_id) DO UPDATE SET customer_id = excluded.customer_id, at = excluded.at, channel = excluded.channel,
       agent = excluded.agent, reason = excluded.reason, outcome = excluded.outcome, incident_id = excluded.incident_id`,
  );
}

interface ContactRow {
  id: number;
  source: string;
  external_id: string;
  customer_id: number;
  at: number | null;
  channel: ContactChannel;
  agent: string | null;
  reason: string | null;
  outcome: string | null;
  incident_id: string | null;
}

const toContact = (r: ContactRow): Contact => ({
  id: r.id,
  source: r.source,
  externalId: r.external_id,
  customerId: r.customer_id,
  at: r.at,
  channel: r.channel,
  agent: r.agent,
  reason: r.reason,
  outcome: r.outcome,
  incidentId: r.incident_id,
});

/** A customer's contacts, newest first, those without a time last. */
export async function listCustomerContacts(q: Queryable, customerId: number): Promise<Contact[]> {
  const rows = await q.all<ContactRow>('SELECT * FROM contacts WHERE customer_id = ? ORDER BY at IS NULL, at DESC, id DESC', [customerId]);
  return rows.map(toContact);
}
