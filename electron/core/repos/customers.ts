import type { Customer } from '../../../shared/domain/contact';
import type { Queryable } from '../db/database';
import { insertMany, placeholders } from './sql';

/** A customer row to upsert (its key within the source). */
export interface CustomerUpsert {
  key: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  handles: string[];
}

/**
 * Adds customers or fills in what a later row knows (known values are never blanked), and
 * returns the id of each key.
 */
export async function upsertCustomers(q: Queryable, source: string, rows: CustomerUpsert[], now: number): Promise<Map<string, number>> {
  const unique = [...new Map(rows.map((r) => [r.key, r])).values()];
  await insertMany(
    q,
    'INSERT INTO customers (source, external_key, name, email, phone, handles, created_at)',
    7,
    unique.map((r) => [source, r.key, r.name, r.email, r.phone, JSON.stringify(r.handles), now]),
    `ON CONFLICT (source, external_key) DO UPDATE SET name = coalesce(excluded.name, name), email = coalesce(excluded.email, email),
       phone = coalesce(excluded.phone, phone), handles = CASE WHEN excluded.handles = '[]' THEN handles ELSE excluded.handles END`,
  );
  const out = new Map<string, number>();
  for (let i = 0; i < unique.length; i += 10_000) {
    const part = unique.slice(i, i + 10_000).map((r) => r.key);
    const found = await q.all<{ id: number; k: string }>(`SELECT id, external_key AS k FROM customers WHERE source = ? AND external_key IN (${placeholders(part.length)})`, [source, ...part]);
    for (const r of found) out.set(r.k, r.id);
  }
  return out;
}

/** Reads one customer. */
export async function readCustomer(q: Queryable, id: number): Promise<Customer | undefined> {
  const r = await q.get<{ id: number; source: string; external_key: string; name: string | null; email: string | null; phone: string | null; handles: string }>(
    'SELECT id, source, external_key, name, email, phone, handles FROM customers WHERE id = ?',
    [id],
  );
  return r && { id: r.id, source: r.source, externalKey: r.external_key, name: r.name, email: r.email, phone: r.phone, handles: JSON.parse(r.handles) as string[] };
}
