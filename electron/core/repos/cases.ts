import type { CaseCard, CaseQuery, CaseSlaPolicy, CaseThreadPost } from '../../../shared/domain/case';
import type { SiteKind, SitePolicy } from '../../../shared/domain/site';
import type { Queryable, SqlValue } from '../db/database';

/** The conversation a post belongs to: its root post, with what a case keeps of it. */
export interface ConversationRoot {
  rootId: number;
  siteId: number;
  externalId: string;
  author: string;
  text: string;
  url: string | null;
  createdAt: number;
  /** The customer's first post of the conversation (the root unless a company account started it). */
  openedAt: number;
  /** The first company reply after the customer's first post, if the thread already has one. */
  firstCompanyAt: number | null;
}

/** Finds the root of the conversation of `postId` (itself when it has no stored parent). */
export async function findConversationRoot(q: Queryable, postId: number): Promise<ConversationRoot | undefined> {
  return q.get<ConversationRoot>(
    `WITH root AS (SELECT coalesce(thread_root_id, id) AS id FROM posts WHERE id = ?),
          convo AS (SELECT p.id, p.created_at, a.is_company FROM posts p JOIN authors a ON a.id = p.author_id
                    WHERE p.id = (SELECT id FROM root) OR p.thread_root_id = (SELECT id FROM root)),
          opened AS (SELECT coalesce((SELECT min(created_at) FROM convo WHERE is_company = 0), (SELECT min(created_at) FROM convo)) AS t)
     SELECT r.id AS rootId, r.site_id AS siteId, r.external_id AS externalId, a.handle AS author, r.text, r.url,
            r.created_at AS createdAt, (SELECT t FROM opened) AS openedAt,
            (SELECT min(created_at) FROM convo WHERE is_company = 1 AND created_at >= (SELECT t FROM opened)) AS firstCompanyAt
     FROM posts r JOIN authors a ON a.id = r.author_id WHERE r.id = (SELECT id FROM root)`,
    [postId],
  );
}

/** Finds a conversation's case by key, root post, or a post of the thread (?1 root id, ?2 key). */
export const CASE_OF_CONVERSATION_SQL = `SELECT id FROM cases WHERE conversation_key = ?2 OR root_post_id = ?1
  UNION ALL SELECT c.id FROM posts p JOIN cases c ON c.root_post_id = p.id WHERE p.thread_root_id = ?1
  LIMIT 1`;

/** The case already open on the conversation rooted at `rootId` (also one opened on a reply later adopted into it). */
export async function findCaseOfConversation(q: Queryable, rootId: number, conversationKey: string): Promise<number | undefined> {
  const row = await q.get<{ id: number }>(CASE_OF_CONVERSATION_SQL, [rootId, conversationKey]);
  return row?.id;
}

/** A new case row. */
export interface NewCase {
  conversationKey: string;
  root: ConversationRoot;
  title: string;
  columnId: number;
  now: number;
}

/** Inserts a case and returns its id. */
export async function insertCase(q: Queryable, c: NewCase): Promise<number> {
  const r = await q.run(
    `INSERT INTO cases (conversation_key, root_post_id, site_id, title, column_id, opened_at, first_response_at,
       post_external_id, post_author, post_text, post_url, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [c.conversationKey, c.root.rootId, c.root.siteId, c.title, c.columnId, c.root.openedAt, c.root.firstCompanyAt,
      c.root.externalId, c.root.author, c.root.text, c.root.url, c.now, c.now],
  );
  return r.lastID;
}

interface CardRow {
  id: number;
  site_id: number;
  site_name: string;
  site_kind: SiteKind;
  site_policy: SitePolicy;
  title: string;
  column_id: number;
  assignee: string | null;
  incident_id: string | null;
  opened_at: number;
  first_response_at: number | null;
  resolved_at: number | null;
  root_post_id: number | null;
  post_external_id: string;
  post_author: string;
  post_text: string;
  post_url: string | null;
  post_removed_at: number | null;
  replies: number;
  version: number;
  updated_at: number;
}

const CARD_SELECT = `SELECT c.*, s.name AS site_name, s.kind AS site_kind, s.policy AS site_policy,
  (SELECT count(*) FROM case_replies r WHERE r.case_id = c.id) AS replies
  FROM cases c JOIN sites s ON s.id = c.site_id`;

const toCard = (r: CardRow, sla: CaseSlaPolicy): CaseCard => ({
  id: r.id,
  siteId: r.site_id,
  siteName: r.site_name,
  siteKind: r.site_kind,
  sitePolicy: r.site_policy,
  title: r.title,
  columnId: r.column_id,
  assignee: r.assignee,
  incidentId: r.incident_id,
  openedAt: r.opened_at,
  firstResponseAt: r.first_response_at,
  resolvedAt: r.resolved_at,
  post: { postId: r.root_post_id, externalId: r.post_external_id, author: r.post_author, text: r.post_text, url: r.post_url, removedAt: r.post_removed_at, removed: r.post_removed_at !== null || r.root_post_id === null },
  replies: r.replies,
  sla,
  version: r.version,
  updatedAt: r.updated_at,
});

/** Picks the SLA policy of a site: its own, else the default. */
export type SlaLookup = (siteId: number) => CaseSlaPolicy;

/** One case as a card, or undefined. */
export async function readCaseCard(q: Queryable, id: number, slaOf: SlaLookup): Promise<CaseCard | undefined> {
  const row = await q.get<CardRow>(`${CARD_SELECT} WHERE c.id = ?`, [id]);
  return row && toCard(row, slaOf(row.site_id));
}

/** Escapes LIKE wildcards so a user's `%` or `_` matches itself. */
const likeEscape = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function caseFilter(f: CaseQuery): { cond: string; params: SqlValue[] } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, ...p: SqlValue[]): void => {
    where.push(sql);
    params.push(...p);
  };
  if (f.columnId !== undefined) add('c.column_id = ?', f.columnId);
  if (f.siteId !== undefined) add('c.site_id = ?', f.siteId);
  // Cases of the conversations the author wrote in (the root or any reply).
  if (f.authorId !== undefined) add('c.root_post_id IN (SELECT coalesce(thread_root_id, id) FROM posts WHERE author_id = ?)', f.authorId);
  if (f.assignee !== undefined) add(f.assignee === '' ? 'c.assignee IS NULL' : 'c.assignee = ?', ...(f.assignee === '' ? [] : [f.assignee]));
  if (f.incidentId !== undefined) add('c.incident_id = ?', f.incidentId);
  const text = f.query?.trim();
  if (text) {
    const p = `%${likeEscape(text)}%`;
    add("(c.title LIKE ? ESCAPE '\\' OR c.post_text LIKE ? ESCAPE '\\' OR c.post_author LIKE ? ESCAPE '\\')", p, p, p);
  }
  return { cond: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** Cases matching the filters, oldest opened first (the longest waiting on top), with the total. */
export async function listCaseCards(q: Queryable, f: CaseQuery, slaOf: SlaLookup): Promise<{ total: number; items: CaseCard[] }> {
  const { cond, params } = caseFilter(f);
  const total = await q.get<{ n: number }>(`SELECT count(*) AS n FROM cases c ${cond}`, params);
  const rows = await q.all<CardRow>(`${CARD_SELECT} ${cond} ORDER BY c.opened_at, c.id LIMIT ? OFFSET ?`, [...params, f.limit ?? 500, f.offset ?? 0]);
  return { total: total?.n ?? 0, items: rows.map((r) => toCard(r, slaOf(r.site_id))) };
}

/** Every distinct assignee, by name. */
export async function listAssignees(q: Queryable): Promise<string[]> {
  const rows = await q.all<{ a: string }>('SELECT DISTINCT assignee AS a FROM cases WHERE assignee IS NOT NULL ORDER BY assignee');
  return rows.map((r) => r.a);
}

/** The columns a case update may set. */
export interface CaseChanges {
  column_id?: number;
  assignee?: string | null;
  incident_id?: string | null;
  resolved_at?: number | null;
  first_response_at?: number | null;
  post_removed_at?: number | null;
}

/**
 * Applies changes only if the case is still at `version`, bumping it. Returns false when the
 * case moved on (or does not exist): the caller decides between not-found and conflict.
 */
export async function updateCaseAtVersion(q: Queryable, id: number, version: number, changes: CaseChanges, now: number): Promise<boolean> {
  const keys = Object.keys(changes) as (keyof CaseChanges)[];
  const sets = keys.map((k) => `${k} = ?`);
  const r = await q.run(
    `UPDATE cases SET ${[...sets, 'version = version + 1', 'updated_at = ?'].join(', ')} WHERE id = ? AND version = ?`,
    [...keys.map((k) => changes[k] ?? null), now, id, version],
  );
  return r.changes === 1;
}

/** The current version of a case, or undefined when there is no such case. */
export async function readCaseVersion(q: Queryable, id: number): Promise<number | undefined> {
  const r = await q.get<{ version: number }>('SELECT version FROM cases WHERE id = ?', [id]);
  return r?.version;
}

/** The posts of a conversation, oldest first (root included), capped at `limit`. */
export async function readConversation(q: Queryable, rootId: number, limit = 200): Promise<CaseThreadPost[]> {
  const rows = await q.all<{ id: number; author: string; created_at: number; text: string; is_company: number; parent_id: number | null }>(
    `SELECT p.id, a.handle AS author, p.created_at, p.text, a.is_company, p.parent_id
     FROM posts p JOIN authors a ON a.id = p.author_id
     WHERE p.id = ?1 OR p.thread_root_id = ?1 ORDER BY p.created_at, p.id LIMIT ?2`,
    [rootId, limit],
  );
  return rows.map((r) => ({ id: r.id, author: r.author, createdAt: r.created_at, text: r.text, byCompany: r.is_company === 1, parentId: r.parent_id }));
}

/** Unresolved cases of the conversations some authors took part in. */
export async function listOpenCasesOfAuthors(q: Queryable, authorIds: number[]): Promise<{ id: number; title: string; columnName: string }[]> {
  if (authorIds.length === 0) return [];
  return q.all(
    `SELECT c.id, c.title, k.name AS columnName FROM cases c JOIN case_columns k ON k.id = c.column_id
     WHERE c.resolved_at IS NULL AND c.root_post_id IN (SELECT coalesce(thread_root_id, id) FROM posts WHERE author_id IN (${authorIds.map(() => '?').join(',')}))
     ORDER BY c.opened_at`,
    authorIds,
  );
}
