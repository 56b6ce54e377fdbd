import type { Customer, CustomerQuery, CustomerSummary } from '../../../shared/domain/contact';
import type { SentimentLabel } from '../../../shared/sentiment/types';
import type { Queryable } from '../db/database';
import { insertMany, placeholders } from './sql';

/** A customer row to upsert (its key within the source). */
export interface CustomerUpsert {
  key: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  handles: string[];
  location: string | null;
}

/**
 * Adds customers or fills in what a later row knows (known values are never blanked), and
 * returns the id of each key.
 */
export async function upsertCustomers(q: Queryable, source: string, rows: CustomerUpsert[], now: number): Promise<Map<string, number>> {
  const merged = new Map<string, CustomerUpsert>();
  for (const r of rows) {
    const had = merged.get(r.key);
    // Within a batch as across batches: a later row fills in, never blanks, what an earlier one knew.
    merged.set(r.key, had ? { key: r.key, name: r.name ?? had.name, email: r.email ?? had.email, phone: r.phone ?? had.phone, location: r.location ?? had.location, handles: r.handles.length ? r.handles : had.handles } : r);
  }
  const unique = [...merged.values()];
  await insertMany(
    q,
    'INSERT INTO customers (source, external_key, name, email, phone, handles, location, created_at)',
    8,
    unique.map((r) => [source, r.key, r.name, r.email, r.phone, JSON.stringify(r.handles), r.location, now]),
    `ON CONFLICT (source, external_key) DO UPDATE SET name = coalesce(excluded.name, name), email = coalesce(excluded.email, email),
       phone = coalesce(excluded.phone, phone), handles = CASE WHEN excluded.handles = '[]' THEN handles ELSE excluded.handles END,
       location = coalesce(excluded.location, location)`,
  );
  const out = new Map<string, number>();
  for (let i = 0; i < unique.length; i += 10_000) {
    const part = unique.slice(i, i + 10_000).map((r) => r.key);
    const found = await q.all<{ id: number; k: string }>(`SELECT id, external_key AS k FROM customers WHERE source = ? AND external_key IN (${placeholders(part.length)})`, [source, ...part]);
    for (const r of found) out.set(r.k, r.id);
  }
  return out;
}

/** Which of these keys a source already has. */
export async function existingCustomerKeys(q: Queryable, source: string, keys: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < keys.length; i += 10_000) {
    const part = keys.slice(i, i + 10_000);
    const rows = await q.all<{ k: string }>(`SELECT external_key AS k FROM customers WHERE source = ? AND external_key IN (${placeholders(part.length)})`, [source, ...part]);
    for (const r of rows) out.add(r.k);
  }
  return out;
}

type CustomerRow = { id: number; source: string; external_key: string; name: string | null; email: string | null; phone: string | null; handles: string; location: string | null };

const toCustomer = (r: CustomerRow): Customer => ({
  id: r.id,
  source: r.source,
  externalKey: r.external_key,
  name: r.name,
  email: r.email,
  phone: r.phone,
  handles: JSON.parse(r.handles) as string[],
  location: r.location,
});

/** Reads one customer. */
export async function readCustomer(q: Queryable, id: number): Promise<Customer | undefined> {
  const r = await q.get<CustomerRow>('SELECT id, source, external_key, name, email, phone, handles, location FROM customers WHERE id = ?', [id]);
  return r && toCustomer(r);
}

const likeEscape = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Customers matching a search (name, e-mail, key, handles), those with links first, then by latest contact. */
export async function searchCustomers(q: Queryable, f: CustomerQuery): Promise<{ total: number; items: CustomerSummary[] }> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const text = f.query?.trim();
  if (text) {
    const p = `%${likeEscape(text)}%`;
    where.push("(c.name LIKE ? ESCAPE '\\' OR c.email LIKE ? ESCAPE '\\' OR c.external_key LIKE ? ESCAPE '\\' OR c.handles LIKE ? ESCAPE '\\')");
    params.push(p, p, p, p);
  }
  if (f.linked) {
    where.push('EXISTS (SELECT 1 FROM identity_links l WHERE l.customer_id = c.id AND l.status = ?)');
    params.push(f.linked);
  }
  const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = await q.get<{ n: number }>(`SELECT count(*) AS n FROM customers c ${cond}`, params);
  const rows = await q.all<Record<string, unknown>>(
    `SELECT c.id, c.source, c.external_key, c.name, c.email, c.phone, c.handles, c.location,
       (SELECT count(*) FROM contacts k WHERE k.customer_id = c.id) AS contacts,
       (SELECT max(at) FROM contacts k WHERE k.customer_id = c.id) AS last_at,
       (SELECT count(*) FROM identity_links l WHERE l.customer_id = c.id AND l.status = 'confirmed') AS linked,
       (SELECT count(*) FROM identity_links l WHERE l.customer_id = c.id AND l.status = 'proposed') AS proposed
     FROM customers c ${cond} ORDER BY linked + proposed > 0 DESC, last_at IS NULL, last_at DESC, c.id LIMIT ? OFFSET ?`,
    [...params, f.limit ?? 100, f.offset ?? 0],
  );
  const items = rows.map((r) => ({
    ...toCustomer(r as unknown as CustomerRow),
    contacts: r.contacts as number,
    lastContactAt: r.last_at as number | null,
    linkedAuthors: r.linked as number,
    proposedLinks: r.proposed as number,
  }));
  return { total: total?.n ?? 0, items };
}

/** Replaces the social handles on a customer's record; false when there is no such customer. */
export async function saveCustomerHandles(q: Queryable, id: number, handles: string[]): Promise<boolean> {
  return (await q.run('UPDATE customers SET handles = ? WHERE id = ?', [JSON.stringify(handles), id])).changes === 1;
}

/** A post of a linked author for the timeline. */
export interface AuthorPost {
  postId: number;
  at: number;
  siteName: string;
  author: string;
  text: string;
  sentiment: SentimentLabel | null;
  caseId: number | null;
}

/** The newest posts of some authors with their sentiment (a correction wins) and the case of their conversation. */
export async function listAuthorPosts(q: Queryable, authorIds: number[], limit = 300): Promise<AuthorPost[]> {
  if (authorIds.length === 0) return [];
  return q.all<AuthorPost>(
    `SELECT p.id AS postId, p.created_at AS at, s.name AS siteName, a.handle AS author, p.text,
       coalesce((SELECT k.label FROM sentiment_corrections k WHERE k.post_id = p.id ORDER BY k.id DESC LIMIT 1), ps.label) AS sentiment,
       (SELECT c.id FROM cases c WHERE c.root_post_id = coalesce(p.thread_root_id, p.id)) AS caseId
     FROM posts p JOIN authors a ON a.id = p.author_id JOIN sites s ON s.id = p.site_id LEFT JOIN post_scores ps ON ps.post_id = p.id
     WHERE p.author_id IN (${placeholders(authorIds.length)}) ORDER BY p.created_at DESC LIMIT ?`,
    [...authorIds, limit],
  );
}
