import { describe, expect, it } from 'vitest';
import { Db } from '../db/database';
import { migrate } from '../db/migrate';
import { CASE_OF_CONVERSATION_SQL } from '../repos/cases';
import { memoryCore } from '../testing/fixtures';

describe('migration 0007 (case board)', () => {
  it('creates the default columns, the default SLA policy, templates and snippets', async () => {
    const db = await Db.open(':memory:');
    await migrate(db, 7);
    expect(await db.all('SELECT name, position, resolves FROM case_columns ORDER BY position')).toEqual([
      { name: 'New', position: 1, resolves: 0 },
      { name: 'Triaged', position: 2, resolves: 0 },
      { name: 'Waiting on customer', position: 3, resolves: 0 },
      { name: 'Waiting on us', position: 4, resolves: 0 },
      { name: 'Resolved', position: 5, resolves: 1 },
    ]);
    expect(await db.all('SELECT site_id, first_response_mins, resolution_mins FROM sla_policies')).toEqual([{ site_id: null, first_response_mins: 60, resolution_mins: 1440 }]);
    expect(await db.all('SELECT kind, count(*) AS n FROM reply_texts GROUP BY kind ORDER BY kind')).toEqual([{ kind: 'snippet', n: 3 }, { kind: 'template', n: 3 }]);
    await db.close();
  });

  it('allows one default SLA policy only', async () => {
    const db = await Db.open(':memory:');
    await migrate(db, 7);
    await expect(db.run('INSERT INTO sla_policies (site_id, first_response_mins, resolution_mins) VALUES (NULL, 1, 1)')).rejects.toThrow(/UNIQUE/);
    await db.close();
  });
});

const plan = async (sql: string, params: (string | number)[]): Promise<string> => {
  const core = await memoryCore();
  const rows = await core.db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params);
  await core.close();
  return rows.map((r) => r.detail).join(' | ');
};

describe('case queries use their indexes', () => {
  it.each([
    ['one column of the board', 'SELECT id FROM cases c WHERE c.column_id = ? ORDER BY c.opened_at', [1], /USING (COVERING )?INDEX cases_column/],
    ['cases of an incident', 'SELECT id FROM cases c WHERE c.incident_id = ?', ['INC1'], /USING (COVERING )?INDEX cases_incident/],
    ['the audit log of a case', 'SELECT * FROM case_events WHERE case_id = ? ORDER BY id', [1], /USING INDEX case_events_case/],
    ['replies of a case', 'SELECT * FROM case_replies WHERE case_id = ? ORDER BY id', [1], /USING INDEX case_replies_case/],
  ])('%s', async (_name, sql, params, expected) => {
    expect(await plan(sql as string, params as (string | number)[])).toMatch(expected as RegExp);
  });

  it('finding the case of a conversation never scans cases or posts', async () => {
    const p = await plan(CASE_OF_CONVERSATION_SQL, [1, '1:x']);
    expect(p).toMatch(/sqlite_autoindex_cases_1/);
    expect(p).toMatch(/cases_root_post/);
    expect(p).toMatch(/posts_thread_root/);
    expect(p).not.toMatch(/SCAN (c|cases|p|posts)\b(?! USING)/);
  });
});
