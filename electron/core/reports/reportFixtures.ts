/** Databases the report tests compute on: the seeded demo, and small hand-made rows for edge cases. */
import type { Core } from '../core';
import { loadDemo } from '../demo/loadDemo';
import { memoryCore } from '../testing/fixtures';

/** The demo ends on Sunday 2017-11-05 23:00 UTC, so 2017-W44 (Europe/London) and the weeks before are full. */
export const DEMO_END = Date.parse('2017-11-05T23:00:00Z');

/** A core with 35 days of demo traffic (seed 7), every post scored by the built-in model. */
export async function demoCore(): Promise<Core> {
  const core = await memoryCore(Date.parse('2017-11-06T09:00:00Z'));
  await loadDemo(core, { seed: 7, days: 35, end: DEMO_END });
  // Scoring is queued behind the import; a queued read waits for it.
  await core.db.get('SELECT 1');
  return core;
}

/** Adds a site (by name) if missing and returns its id. */
export async function siteId(core: Core, name: string): Promise<number> {
  await core.db.run('INSERT OR IGNORE INTO sites (name, created_at) VALUES (?, 0)', [name]);
  const r = await core.db.get<{ id: number }>('SELECT id FROM sites WHERE name = ?', [name]);
  return r!.id;
}

/** Adds an author (company or customer) if missing and returns its id. */
export async function authorId(core: Core, site: number, handle: string, isCompany = false): Promise<number> {
  await core.db.run('INSERT OR IGNORE INTO authors (site_id, handle, is_company) VALUES (?, ?, ?)', [site, handle, isCompany ? 1 : 0]);
  const r = await core.db.get<{ id: number }>('SELECT id FROM authors WHERE site_id = ? AND handle = ?', [site, handle]);
  return r!.id;
}

/** A hand-made post. */
export interface PostSpec {
  site: number;
  author: number;
  at: number;
  text?: string;
  parent?: number;
  label?: 'positive' | 'neutral' | 'negative';
  score?: number;
  relevant?: boolean;
}

let counter = 0;

/** Stores a post (thread_stats are not maintained: use threadStats for conversations) with an optional score. */
export async function addPost(core: Core, p: PostSpec): Promise<number> {
  counter += 1;
  const { lastID } = await core.db.run(
    'INSERT INTO posts (site_id, external_id, author_id, created_at, text, parent_id, thread_root_id, relevant, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)',
    [p.site, `x${counter}`, p.author, p.at, p.text ?? 'hello', p.parent ?? null, p.parent ?? null, p.relevant === false ? 0 : 1],
  );
  if (p.label) {
    await core.db.run("INSERT INTO post_scores (post_id, label, score, confidence, language, reasons, model_id, model_version, scored_at) VALUES (?, ?, ?, 1, 'en', '[]', 1, 'test-1', 0)", [
      lastID,
      p.label,
      p.score ?? (p.label === 'positive' ? 0.8 : p.label === 'negative' ? -0.8 : 0),
    ]);
  }
  return lastID;
}

/** Writes the thread_stats row of a conversation root whose first company reply came at `firstCompanyAt`. */
export async function threadStats(core: Core, root: number, site: number, startedAt: number, firstCompanyAt: number | null): Promise<void> {
  await core.db.run(
    'INSERT INTO thread_stats (root_id, site_id, started_at, last_at, posts, participants, company_posts, first_company_at, root_by_company) VALUES (?, ?, ?, ?, 2, 2, ?, ?, 0)',
    [root, site, startedAt, firstCompanyAt ?? startedAt, firstCompanyAt === null ? 0 : 1, firstCompanyAt],
  );
}

/** The rows addCareRows made, for assertions. */
export interface CareRows {
  authorId: number;
  customerId: number;
  rootPostId: number;
  oldRootId: number;
  lateReplyId: number;
  /** A scored post in January 2017, outside every range a W44 report reads. */
  farPostId: number;
}

const at = (iso: string): number => Date.parse(iso);

/**
 * Care data around 2017-W44 (Europe/London) on top of the demo: a customer (Ann Lee) with a
 * confirmed link to a demo author who posted in W44, her contacts (two in W44, one in W43), two
 * cases (one answered late, one resolved in time), an alert whose title quotes an e-mail address,
 * a W44 reply to a conversation started in August (an ancestor outside every range), and a post in January.
 */
export async function addCareRows(core: Core): Promise<CareRows> {
  const from = at('2017-10-30T00:00:00Z');
  const to = at('2017-11-06T00:00:00Z');
  const root = await core.db.get<{ id: number; author_id: number; site_id: number; created_at: number }>(
    `SELECT p.id, p.author_id, p.site_id, p.created_at FROM posts p JOIN authors a ON a.id = p.author_id
     WHERE p.parent_id IS NULL AND a.is_company = 0 AND p.relevant = 1 AND p.created_at >= ? AND p.created_at < ? ORDER BY p.id LIMIT 1`,
    [from + 86_400_000, to],
  );
  const { lastID: customerId } = await core.db.run(
    "INSERT INTO customers (source, external_key, name, email, phone, created_at) VALUES ('test', 'ann', 'Ann Lee', 'ann.lee@example.com', '07700 900123', 0)",
  );
  await core.db.run("INSERT INTO identity_links (author_id, customer_id, status, confidence, proposed_at, updated_at) VALUES (?, ?, 'confirmed', 0.9, 0, 0)", [root!.author_id, customerId]);
  for (const [id, when, channel, reason, outcome] of [
    ['c1', '2017-10-31T10:00:00Z', 'phone', 'Refund, call me on 07700 900123', 'Resolved'],
    ['c2', '2017-11-02T10:00:00Z', 'email', 'Refund', 'Open'],
    ['c3', '2017-10-25T10:00:00Z', 'email', 'Delay', 'Closed'],
  ]) {
    await core.db.run("INSERT INTO contacts (source, external_id, customer_id, at, channel, reason, outcome) VALUES ('test', ?, ?, ?, ?, ?, ?)", [id, customerId, at(when), channel, reason, outcome]);
  }
  const caseSql = `INSERT INTO cases (conversation_key, root_post_id, site_id, title, column_id, opened_at, first_response_at, resolved_at, post_external_id, post_author, post_text, created_at, updated_at)
    VALUES (?, ?, ?, 'case', ?, ?, ?, ?, 'x', 'who', 'text', 0, 0)`;
  // Answered after 3 hours (target 60 min): breached. The second is answered and resolved in time.
  await core.db.run(caseSql, ['k:1', root!.id, root!.site_id, 1, root!.created_at, root!.created_at + 3 * 3_600_000, null]);
  await core.db.run(caseSql, ['k:2', null, root!.site_id, 5, at('2017-11-01T09:00:00Z'), at('2017-11-01T09:30:00Z'), at('2017-11-01T12:00:00Z')]);
  await core.db.run(
    "INSERT INTO alerts (kind, severity, subject, title, detail, site_id, post_id, raised_at) VALUES ('negative-thread', 'warning', 'thread:1', 'Angry thread: write to ann.lee@example.com', '', ?, ?, ?)",
    [root!.site_id, root!.id, at('2017-11-01T08:00:00Z')],
  );
  const oldRootId = await addPost(core, { site: root!.site_id, author: root!.author_id, at: at('2017-08-01T10:00:00Z'), text: 'my bag is lost', label: 'negative' });
  const lateReplyId = await addPost(core, { site: root!.site_id, author: root!.author_id, at: at('2017-11-03T10:00:00Z'), text: 'still no bag', parent: oldRootId, label: 'negative' });
  const farPostId = await addPost(core, { site: root!.site_id, author: root!.author_id, at: at('2017-01-10T10:00:00Z'), text: 'so late', label: 'negative' });
  return { authorId: root!.author_id, customerId, rootPostId: root!.id, oldRootId, lateReplyId, farPostId };
}
