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
