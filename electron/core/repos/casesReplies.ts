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
