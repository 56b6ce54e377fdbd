import type { Queryable } from '../db/database';
import { existingContactIds, upsertContacts, type ContactUpsert } from '../repos/contacts';
import { existingCustomerKeys, upsertCustomers } from '../repos/customers';
import { insertIncidentEvents, readIncidentStamps, upsertIncidents, type IncidentUpsert } from '../repos/incidents';
import type { IncomingContact, IncomingCustomer, IncomingIncident, IncomingIncidentEvent } from './contactPreset';

/** The good rows of one batch. */
export interface ContactBatch {
  contacts: { customer: IncomingCustomer; contact: IncomingContact; incident?: IncomingIncident }[];
  events: { customer: IncomingCustomer; event: IncomingIncidentEvent }[];
  /** Customer records without a contact (contact exports). */
  customers: IncomingCustomer[];
}

/** What a batch did: new rows, rows already stored, and the customers and incidents it named. */
export interface ContactBatchCounts {
  imported: number;
  duplicates: number;
  customerKeys: string[];
  incidentIds: string[];
}

const newer = (a: IncomingIncidentEvent, b: IncomingIncidentEvent): boolean => a.at > b.at || (a.at === b.at && a.modCount > b.modCount);

/** Contact rows: new ids count as imported, ids already stored (or repeated in the batch) as duplicates. */
async function storeContactRows(q: Queryable, source: string, importId: number, batch: ContactBatch, ids: Map<string, number>): Promise<{ imported: number; duplicates: number }> {
  const seen = await existingContactIds(q, source, batch.contacts.map((c) => c.contact.externalId));
  const rows = new Map<string, ContactUpsert>();
  let duplicates = 0;
  for (const { customer, contact } of batch.contacts) {
    if (seen.has(contact.externalId) || rows.has(contact.externalId)) duplicates++;
    rows.set(contact.externalId, { ...contact, customerId: ids.get(customer.key) as number, importId });
  }
  await upsertContacts(q, source, [...rows.values()]);
  // An incident described on a contact row: the row's contact time orders rival descriptions.
  const incidents = new Map<string, IncidentUpsert>();
  for (const { contact, incident } of batch.contacts) {
    if (incident) incidents.set(incident.id, { ...incident, source, updatedAt: contact.at ?? incident.openedAt ?? 0 });
  }
  await upsertIncidents(q, [...incidents.values()]);
  return { imported: batch.contacts.length - duplicates, duplicates };
}

/** Customer-only rows: new keys count as imported, known ones (updated in place) as duplicates. */
async function countCustomerRows(q: Queryable, source: string, batch: ContactBatch): Promise<{ imported: number; duplicates: number }> {
  const known = await existingCustomerKeys(q, source, batch.customers.map((c) => c.key));
  const seen = new Set<string>();
  let duplicates = 0;
  for (const c of batch.customers) {
    if (known.has(c.key) || seen.has(c.key)) duplicates++;
    seen.add(c.key);
  }
  return { imported: batch.customers.length - duplicates, duplicates };
}

/**
 * Incident events: each stored once by its key; the incident and its opening contact follow the
 * newest event, so files may come in any order and a re-import changes nothing.
 */
async function storeIncidentEvents(q: Queryable, source: string, importId: number, batch: ContactBatch, ids: Map<string, number>): Promise<{ imported: number; duplicates: number }> {
  const unique = new Map(batch.events.map((e) => [e.event.eventKey, e]));
  const imported = await insertIncidentEvents(q, [...unique.values()].map(({ event: e }) => ({ ...e, importId })));
  const newest = new Map<string, { customer: IncomingCustomer; event: IncomingIncidentEvent }>();
  for (const e of unique.values()) {
    const cur = newest.get(e.event.incidentId);
    if (!cur || newer(e.event, cur.event)) newest.set(e.event.incidentId, e);
  }
  const stamps = await readIncidentStamps(q, [...newest.keys()]);
  const fresh = [...newest.values()].filter(({ event }) => (stamps.get(event.incidentId) ?? -Infinity) <= event.at);
  const incidents: IncidentUpsert[] = fresh.map(({ event: e }) => ({ id: e.incidentId, title: e.title, status: e.state, openedAt: e.openedAt, closedAt: e.closedAt, source, updatedAt: e.at }));
  await upsertIncidents(q, incidents);
  await upsertContacts(q, source, fresh.map(({ customer, event }) => ({ ...event.contact, customerId: ids.get(customer.key) as number, importId })));
  return { imported, duplicates: batch.events.length - imported };
}

/** Stores one batch inside the caller's transaction. */
export async function storeContactBatch(q: Queryable, source: string, importId: number, batch: ContactBatch, now: number): Promise<ContactBatchCounts> {
  const c = await countCustomerRows(q, source, batch);
  const customers = [...batch.contacts.map((r) => r.customer), ...batch.events.map((r) => r.customer), ...batch.customers];
  const ids = await upsertCustomers(q, source, customers, now);
  const a = await storeContactRows(q, source, importId, batch, ids);
  const b = await storeIncidentEvents(q, source, importId, batch, ids);
  return {
    imported: a.imported + b.imported + c.imported,
    duplicates: a.duplicates + b.duplicates + c.duplicates,
    customerKeys: customers.map((k) => k.key),
    incidentIds: [...batch.events.map((e) => e.event.incidentId), ...batch.contacts.flatMap((r) => (r.incident ? [r.incident.id] : []))],
  };
}
