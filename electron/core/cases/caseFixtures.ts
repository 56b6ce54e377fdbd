import type { Core } from '../core';
import { genericPreset } from '../ingest/genericPreset';
import { importFile } from '../ingest/importFile';
import { genericCsv, memoryCore, tempFile } from '../testing/fixtures';

/**
 * Two conversations on twitter and one on a forum, with replies out of order:
 *   t1 (alice) ← t2 (acme, company) ← t3 (alice) ← t4 (alice);  t5 (bob) alone;  f1 (carol) on forum.
 * t2 is a company reply 20 minutes after the customer's first post.
 */
export const CASE_POSTS = genericCsv([
  't1,twitter,alice,2024-03-01T09:00:00Z,My card was charged twice for order 88812,,,',
  't2,twitter,acme,2024-03-01T09:20:00Z,Sorry Alice - Sam from Acme. Please DM us,t1,,',
  't3,twitter,alice,2024-03-01T09:30:00Z,Sent you a DM,t2,,',
  't4,twitter,alice,2024-03-01T10:00:00Z,Any news?,t3,,',
  't5,twitter,bob,2024-03-02T08:00:00Z,App keeps crashing,,,',
  'f1,forum,carol,2024-03-02T12:00:00Z,Refund still not arrived,,,',
]);

/** A core at `now` with CASE_POSTS imported and `acme` marked as the company's twitter account. */
export async function caseCore(now = Date.parse('2024-03-04T12:00:00Z')): Promise<Core> {
  const core = await memoryCore(now);
  await core.db.exec("INSERT INTO sites (name, created_at) VALUES ('twitter', 0)");
  await core.db.exec("INSERT INTO authors (site_id, handle, is_company) VALUES (1, 'acme', 1)");
  await importFile(core.db, tempFile('cases.csv', CASE_POSTS), { preset: genericPreset });
  return core;
}

/** The row id of a post by its external id. */
export async function postIdOf(core: Core, externalId: string): Promise<number> {
  const r = await core.db.get<{ id: number }>('SELECT id FROM posts WHERE external_id = ?', [externalId]);
  if (!r) throw new Error(`no post ${externalId}`);
  return r.id;
}
