import { describe, expect, it } from 'vitest';
import { Db } from '../db/database';
import { migrate } from '../db/migrate';
import { PERSISTENCE_RUNS_SQL, REPORT_POSTS_SQL, TREND_COUNTS_SQL } from '../repos/reports';
import { CONTACT_COUNTS_SQL, REPORT_ALERTS_SQL, REPORT_CASES_SQL, REPORT_CONTACTS_SQL } from '../repos/reportsCare';
import { memoryCore } from '../testing/fixtures';

describe('migration 0010 (report snapshots and range indexes)', () => {
  it('adds the snapshot table, empty, and the range indexes of contacts, cases and alerts', async () => {
    const db = await Db.open(':memory:');
    await migrate(db, 10);
    expect(await db.all('SELECT * FROM report_snapshots')).toEqual([]);
    const indexes = await db.all<{ name: string; tbl_name: string }>(
      "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND name IN ('contacts_at', 'cases_opened', 'cases_resolved', 'alerts_raised') ORDER BY name",
    );
    expect(indexes).toEqual([
      { name: 'alerts_raised', tbl_name: 'alerts' },
      { name: 'cases_opened', tbl_name: 'cases' },
      { name: 'cases_resolved', tbl_name: 'cases' },
      { name: 'contacts_at', tbl_name: 'contacts' },
    ]);
    await db.close();
  });

  it('requires the range, source and hash of a snapshot', async () => {
    const db = await Db.open(':memory:');
    await migrate(db, 10);
    await expect(db.run("INSERT INTO report_snapshots (label, time_zone) VALUES ('2017-W44', 'UTC')")).rejects.toThrow(/NOT NULL/);
    await db.close();
  });
});

const plan = async (sql: string, params: (string | number | null)[]): Promise<string> => {
  const core = await memoryCore();
  const rows = await core.db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params);
  await core.close();
  return rows.map((r) => r.detail).join(' | ');
};

describe('the report reads a range through its indexes', () => {
  it.each([
    ["customers' posts of a range", REPORT_POSTS_SQL, [0, 1, null], /SEARCH p USING INDEX posts_created_at/],
    ["customers' posts of one site", REPORT_POSTS_SQL, [0, 1, 1], /SEARCH p USING INDEX posts_(created_at|site_time)/],
    ['label counts of the trend weeks', TREND_COUNTS_SQL, ['[[0,1],[1,2]]', null], /SEARCH p USING INDEX posts_created_at/],
    ['scored posts of the persistence windows', PERSISTENCE_RUNS_SQL, [0, 1, null, 3], /SEARCH p USING INDEX posts_created_at/],
    ['contacts of the trend weeks', CONTACT_COUNTS_SQL, ['[[0,1],[1,2]]'], /SEARCH c USING (COVERING )?INDEX contacts_at/],
    ['cases opened or resolved in a range', REPORT_CASES_SQL, [0, 1, null], /MULTI-INDEX OR.*cases_opened.*cases_resolved/s],
    ['alerts of a range', REPORT_ALERTS_SQL, [0, 1, null], /SEARCH a USING INDEX alerts_raised/],
    ['contacts of a range', REPORT_CONTACTS_SQL, [0, 1], /SEARCH contacts USING INDEX contacts_at/],
  ])('%s', async (_name, sql, params, expected) => {
    const p = await plan(sql as string, params as (string | number | null)[]);
    expect(p).toMatch(expected as RegExp);
    // Joined rows are looked up by key, never scanned; the newest corrections are gathered once
    // from the whole (small) corrections table through its index, then looked up by post.
    expect(p.replace(/SCAN sentiment_corrections USING COVERING INDEX sentiment_corrections_post/g, '')).not.toMatch(
      /SCAN (p|a|s|t|c|posts|authors|post_scores|thread_stats|sentiment_corrections|cases|contacts|alerts)\b/,
    );
  });
});
