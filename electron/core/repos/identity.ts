import type { IdentityEvidence, IdentityLink, IdentityLogEntry, IdentityStatus } from '../../../shared/domain/contact';
import type { Queryable, SqlValue } from '../db/database';
import type { MatchAuthor, MatchCustomer, MatchPost } from '../contacts/identityEvidence';

/** Every customer with what matching needs. */
export async function listMatchCustomers(q: Queryable): Promise<MatchCustomer[]> {
  const rows = await q.all<{ id: number; name: string | null; email: string | null; phone: string | null; handles: string; location: string | null }>(
    'SELECT id, name, email, phone, handles, location FROM customers',
  );
  return rows.map((r) => ({ ...r, handles: JSON.parse(r.handles) as string[] }));
}

/** Reference numbers a customer could quote: their contact ids and incident numbers. */
export async function listCustomerReferences(q: Queryable): Promise<{ ref: string; customerId: number }[]> {
  return q.all('SELECT external_id AS ref, customer_id AS customerId FROM contacts UNION SELECT incident_id, customer_id FROM contacts WHERE incident_id IS NOT NULL');
}

/** Authors who posted, company accounts left out. */
export async function listMatchAuthors(q: Queryable): Promise<MatchAuthor[]> {
  return q.all(
    `SELECT a.id, s.name AS site, a.handle, a.location FROM authors a JOIN sites s ON s.id = a.site_id
     WHERE a.is_company = 0 AND EXISTS (SELECT 1 FROM posts p WHERE p.author_id = a.id)`,
  );
}

/**
 * A page of posts after `afterId` for evidence scanning. A customer's own post credits its author;
 * a company reply credits the customer who started the thread (a reference quoted back to them).
 */
export async function scanPostsForEvidence(q: Queryable, afterId: number, limit: number): Promise<MatchPost[]> {
  return q.all<MatchPost>(
    `SELECT p.id, p.text, CASE WHEN a.is_company = 0 THEN p.author_id ELSE
       (SELECT r.author_id FROM posts r JOIN authors ra ON ra.id = r.author_id WHERE r.id = p.thread_root_id AND ra.is_company = 0) END AS creditTo
     FROM posts p JOIN authors a ON a.id = p.author_id WHERE p.id > ? ORDER BY p.id LIMIT ?`,
    [afterId, limit],
  );
}

/** A proposal to store: evidence and confidence for one pair. */
export interface Proposal {
  authorId: number;
  customerId: number;
  evidence: IdentityEvidence[];
  confidence: number;
}

/**
 * Stores proposals: new pairs become 'proposed' links (logged as proposed by "system"); known
 * pairs get their evidence refreshed and keep whatever status a supervisor gave them.
 */
export async function storeProposals(q: Queryable, proposals: Proposal[], now: number): Promise<{ added: number; refreshed: number }> {
  let added = 0;
  for (const p of proposals) {
    const known = await q.get<{ id: number }>('SELECT id FROM identity_links WHERE author_id = ? AND customer_id = ?', [p.authorId, p.customerId]);
    if (known) {
      await q.run('UPDATE identity_links SET confidence = ?, evidence = ? WHERE id = ?', [p.confidence, JSON.stringify(p.evidence), known.id]);
      continue;
    }
    const r = await q.run(
      "INSERT INTO identity_links (author_id, customer_id, status, confidence, evidence, proposed_at, updated_at) VALUES (?, ?, 'proposed', ?, ?, ?, ?)",
      [p.authorId, p.customerId, p.confidence, JSON.stringify(p.evidence), now, now],
    );
    await insertIdentityLog(q, { linkId: r.lastID, at: now, actor: 'system', action: 'proposed', fromStatus: null, toStatus: 'proposed', reason: `evidence: ${p.evidence.map((e) => e.kind).join(', ')}`, undoes: null });
    added++;
  }
  return { added, refreshed: proposals.length - added };
}

interface LinkRow {
  id: number;
  author_id: number;
  author: string;
  site_name: string;
  author_location: string | null;
  customer_id: number;
  customer_name: string | null;
  status: IdentityStatus;
  confidence: number;
  evidence: string;
  updated_at: number;
}

const LINK_SELECT = `SELECT l.id, l.author_id, a.handle AS author, s.name AS site_name, a.location AS author_location, l.customer_id, c.name AS customer_name, l.status,
  l.confidence, l.evidence, l.updated_at, a.site_id
  FROM identity_links l JOIN authors a ON a.id = l.author_id JOIN sites s ON s.id = a.site_id JOIN customers c ON c.id = l.customer_id`;

/** Links by filter (customer, author or id), strongest first, each with its conflicting links. */
export async function listIdentityLinks(q: Queryable, f: { customerId?: number; authorId?: number; linkId?: number }): Promise<IdentityLink[]> {
  const [col, val] = f.linkId !== undefined ? ['l.id', f.linkId] : f.customerId !== undefined ? ['l.customer_id', f.customerId] : ['l.author_id', f.authorId ?? 0];
  const rows = await q.all<LinkRow & { site_id: number }>(`${LINK_SELECT} WHERE ${col} = ? ORDER BY l.status = 'rejected', l.confidence DESC, l.id`, [val as SqlValue]);
  const out: IdentityLink[] = [];
  for (const r of rows) {
    const others = await q.all<LinkRow>(
      `${LINK_SELECT} WHERE l.id <> ? AND l.status <> 'rejected' AND (l.author_id = ? OR (l.customer_id = ? AND a.site_id = ?)) ORDER BY l.confidence DESC`,
      [r.id, r.author_id, r.customer_id, r.site_id],
    );
    out.push({
      id: r.id,
      authorId: r.author_id,
      author: r.author,
      siteName: r.site_name,
      authorLocation: r.author_location,
      customerId: r.customer_id,
      customerName: r.customer_name,
      status: r.status,
      confidence: r.confidence,
      evidence: JSON.parse(r.evidence) as IdentityEvidence[],
      conflicts: others.map((o) => ({ linkId: o.id, author: o.author, customerId: o.customer_id, customerName: o.customer_name, status: o.status, confidence: o.confidence })),
      updatedAt: r.updated_at,
    });
  }
  return out;
}

/** Sets a link's status. */
export async function setLinkStatus(q: Queryable, linkId: number, status: IdentityStatus, now: number): Promise<void> {
  await q.run('UPDATE identity_links SET status = ?, updated_at = ? WHERE id = ?', [status, now, linkId]);
}

/** Appends an entry to the identity audit log and returns its id. */
export async function insertIdentityLog(q: Queryable, e: Omit<IdentityLogEntry, 'id' | 'undoable'>): Promise<number> {
  const r = await q.run('INSERT INTO identity_log (link_id, at, actor, action, from_status, to_status, reason, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
    e.linkId,
    e.at,
    e.actor,
    e.action,
    e.fromStatus,
    e.toStatus,
    e.reason,
    e.undoes,
  ]);
  return r.lastID;
}

interface LogRow {
  id: number;
  link_id: number;
  at: number;
  actor: string;
  action: IdentityLogEntry['action'];
  from_status: IdentityStatus | null;
  to_status: IdentityStatus;
  reason: string;
  undoes: number | null;
  newest: number;
}

/** The audit log of a customer's links (or of one link), newest first, with what can be undone. */
export async function listIdentityLog(q: Queryable, f: { customerId?: number; linkId?: number }): Promise<IdentityLogEntry[]> {
  const [cond, val] = f.linkId !== undefined ? ['g.link_id = ?', f.linkId] : ['l.customer_id = ?', f.customerId ?? 0];
  const rows = await q.all<LogRow>(
    `SELECT g.*, (SELECT max(id) FROM identity_log x WHERE x.link_id = g.link_id) AS newest
     FROM identity_log g JOIN identity_links l ON l.id = g.link_id WHERE ${cond} ORDER BY g.id DESC`,
    [val],
  );
  return rows.map((r) => ({
    id: r.id,
    linkId: r.link_id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    reason: r.reason,
    undoes: r.undoes,
    undoable: r.id === r.newest && r.action !== 'undone' && r.action !== 'proposed',
  }));
}

/** The link an audit entry belongs to, or undefined. */
export async function readLogLink(q: Queryable, logId: number): Promise<number | undefined> {
  return (await q.get<{ link_id: number }>('SELECT link_id FROM identity_log WHERE id = ?', [logId]))?.link_id;
}

/** The author of a post, or undefined. */
export async function readPostAuthor(q: Queryable, postId: number): Promise<number | undefined> {
  return (await q.get<{ author_id: number }>('SELECT author_id FROM posts WHERE id = ?', [postId]))?.author_id;
}
