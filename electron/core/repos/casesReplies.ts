import type { CaseReply } from '../../../shared/domain/case';
import type { ReplyProblem } from '../../../shared/policy/checkReply';
import type { Queryable } from '../db/database';

interface ReplyRow {
  id: number;
  case_id: number;
  text: string;
  author: string;
  created_at: number;
  response_ms: number | null;
  override_reason: string | null;
  warnings: string;
}

const toReply = (r: ReplyRow): CaseReply => ({
  id: r.id,
  caseId: r.case_id,
  text: r.text,
  author: r.author,
  createdAt: r.created_at,
  responseMs: r.response_ms,
  overrideReason: r.override_reason,
  warnings: JSON.parse(r.warnings) as ReplyProblem[],
});

/** The replies stored on a case, oldest first. */
export async function listCaseReplies(q: Queryable, caseId: number): Promise<CaseReply[]> {
  const rows = await q.all<ReplyRow>('SELECT * FROM case_replies WHERE case_id = ? ORDER BY id', [caseId]);
  return rows.map(toReply);
}

/** Stores a reply and returns it. */
export async function insertCaseReply(q: Queryable, r: Omit<CaseReply, 'id'>): Promise<CaseReply> {
  const res = await q.run(
    'INSERT INTO case_replies (case_id, text, author, created_at, response_ms, override_reason, warnings) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [r.caseId, r.text, r.author, r.createdAt, r.responseMs, r.overrideReason, JSON.stringify(r.warnings)],
  );
  return { ...r, id: res.lastID };
}

/**
 * The customer's latest post of the conversation at or before `at` (company posts excluded), so
 * a reply's response time counts from what it answers; null when there is none.
 */
export async function readLastCustomerPostAt(q: Queryable, rootPostId: number, at: number): Promise<number | null> {
  const r = await q.get<{ t: number | null }>(
    `SELECT max(p.created_at) AS t FROM posts p JOIN authors a ON a.id = p.author_id
     WHERE (p.id = ?1 OR p.thread_root_id = ?1) AND a.is_company = 0 AND p.created_at <= ?2`,
    [rootPostId, at],
  );
  return r?.t ?? null;
}

/** A reply template or knowledge-base snippet. */
export interface ReplyTextRow {
  id: number;
  kind: 'template' | 'snippet';
  name: string;
  body: string;
  updatedAt: number;
}

/** Every template and snippet, by kind then name. */
export async function listReplyTexts(q: Queryable): Promise<ReplyTextRow[]> {
  return q.all<ReplyTextRow>('SELECT id, kind, name, body, updated_at AS updatedAt FROM reply_texts ORDER BY kind, name COLLATE NOCASE');
}

/** Adds (no id) or edits a template or snippet; returns its id, or undefined when the id is unknown. */
export async function saveReplyText(q: Queryable, t: Omit<ReplyTextRow, 'id'> & { id?: number }): Promise<number | undefined> {
  if (t.id === undefined) {
    return (await q.run('INSERT INTO reply_texts (kind, name, body, updated_at) VALUES (?, ?, ?, ?)', [t.kind, t.name, t.body, t.updatedAt])).lastID;
  }
  const r = await q.run('UPDATE reply_texts SET kind = ?, name = ?, body = ?, updated_at = ? WHERE id = ?', [t.kind, t.name, t.body, t.updatedAt, t.id]);
  return r.changes === 1 ? t.id : undefined;
}

/** Deletes a template or snippet; false when there was none. */
export async function deleteReplyText(q: Queryable, id: number): Promise<boolean> {
  return (await q.run('DELETE FROM reply_texts WHERE id = ?', [id])).changes === 1;
}

/** A composer setting (e.g. `brand`), or the fallback. */
export async function readReplySetting(q: Queryable, key: string, fallback = ''): Promise<string> {
  const r = await q.get<{ value: string }>('SELECT value FROM reply_settings WHERE key = ?', [key]);
  return r?.value ?? fallback;
}

/** Stores a composer setting. */
export async function saveReplySetting(q: Queryable, key: string, value: string): Promise<void> {
  await q.run('INSERT INTO reply_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
}
