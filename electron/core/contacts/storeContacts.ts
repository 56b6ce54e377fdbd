import type { Queryable } from '../db/database';
import { existingContactIds, upsertContacts, type ContactUpsert } from '../repos/contacts';
import { upsertCustomers } from '../repos/customers';
import { insertIncidentEvents, readIncidentStamps, upsertIncidents, type IncidentUpsert } from '../repos/incidents';
import type { IncomingContact, IncomingCustomer, IncomingIncidentEvent } from './contactPreset';

/** The good rows of one batch. */
export interface ContactBatch {
  contacts: { customer: IncomingCustomer; contact: IncomingContact }[];
  events: { customer: IncomingCustomer; event: IncomingIncidentEvent }[];
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
  return { imported: batch.contacts.length - duplicates, duplicates };
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
  const customers = [...batch.contacts, ...batch.events].map((r) => r.customer);
  const ids = await upsertCustomers(q, source, customers, now);
  const a = await storeContactRows(q, source, importId, batch, ids);
  const b = await storeIncidentEvents(q, source, importId, batch, ids);
  return {
    imported: a.imported + b.imported,
    duplicates: a.duplicates + b.duplicates,
    customerKeys: customers.map((c) => c.key),
    incidentIds: batch.events.map((e) => e.event.incidentId),
  };
}
