import { describe, expect, it } from 'vitest';
import { Db } from '../db/database';
import { migrate } from '../db/migrate';
import { importFile } from '../ingest/importFile';
import { PRESETS } from '../ingest/presets';
import { readSharedCsv, sharedDataPath } from '../ingest/testData';
import { genericCsv, memoryCore, tempFile } from '../testing/fixtures';
import { readStats } from './stats';
import { ADOPTABLE_SQL, countThreads, listThreadSummaries } from './threads';

/** Conversations of the twcs subset computed straight from the CSV, keyed by root tweet id. */
function expectedTwcsThreads(): Map<string, { posts: number; firstResponseMs: number | null; participants: number }> {
  const rows = readSharedCsv('twcs', 'twcs_subset.csv');
  const byId = new Map(rows.map((r) => [r.tweet_id, r]));
  const rootOf = (id: string): string => {
    let cur = byId.get(id) as Record<string, string>;
    while (cur.in_response_to_tweet_id) cur = byId.get(cur.in_response_to_tweet_id) as Record<string, string>;
    return cur.tweet_id;
  };
  const groups = new Map<string, Record<string, string>[]>();
  for (const r of rows) groups.set(rootOf(r.tweet_id), [...(groups.get(rootOf(r.tweet_id)) ?? []), r]);
  const out = new Map<string, { posts: number; firstResponseMs: number | null; participants: number }>();
  for (const [root, members] of groups) {
    const start = Date.parse((byId.get(root) as Record<string, string>).created_at);
    const replies = members.filter((m) => m.tweet_id !== root && m.inbound === 'False').map((m) => Date.parse(m.created_at));
    out.set(root, {
      posts: members.length,
      firstResponseMs: replies.length ? Math.min(...replies) - start : null,
      participants: new Set(members.map((m) => m.author_id)).size,
    });
  }
  return out;
}

async function storedThreads(db: Db): Promise<Map<string, { posts: number; firstResponseMs: number | null; participants: number }>> {
  const ext = new Map((await db.all<{ id: number; external_id: string }>('SELECT id, external_id FROM posts')).map((r) => [r.id, r.external_id]));
  const out = new Map<string, { posts: number; firstResponseMs: number | null; participants: number }>();
  for (const t of await listThreadSummaries(db, { limit: 10_000 })) {
    out.set(ext.get(t.rootId) as string, {
      posts: t.posts,
      firstResponseMs: t.firstCompanyAt === null ? null : t.firstCompanyAt - t.startedAt,
      participants: t.participants,
    });
  }
  return out;
}

describe('threads of the twcs subset', () => {
  const expected = expectedTwcsThreads();

  it('come out as 188 conversations with the right first company-response times', async () => {
    expect(expected.size).toBe(188);
    const core = await memoryCore();
    await importFile(core.db, sharedDataPath('twcs', 'twcs_subset.csv'), { preset: PRESETS.twcs });
    expect(await countThreads(core.db)).toBe(188);
    expect(await readStats(core.db, core.schemaVersion)).toMatchObject({ posts: 719, threads: 188, perSite: [{ site: 'twitter', posts: 719 }] });
    const stored = await storedThreads(core.db);
    expect(stored).toEqual(expected);
    expect([...stored.values()].every((t) => t.firstResponseMs !== null)).toBe(true);
    await core.close();
  });

  it('come out the same when the file arrives in reverse order, one row per batch', async () => {
    const core = await memoryCore();
    const lines = (await import('node:fs')).readFileSync(sharedDataPath('twcs', 'twcs_subset.csv'), 'utf8');
    const rows = readSharedCsv('twcs', 'twcs_subset.csv');
    const header = lines.slice(0, lines.indexOf('\n'));
    const quote = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
    const body = rows.reverse().map((r) => header.split(',').map((h) => quote(r[h])).join(','));
    await importFile(core.db, tempFile('rev.csv', `${header}\n${body.join('\n')}\n`), { preset: PRESETS.twcs, batchSize: 7 });
    expect(await countThreads(core.db)).toBe(188);
    expect(await storedThreads(core.db)).toEqual(expected);
    await core.close();
  });
});

describe('thread linking', () => {
  it('moves a whole stored subtree when its missing parent arrives later', async () => {
    const core = await memoryCore();
    const preset = PRESETS.generic;
    await importFile(core.db, tempFile('a.csv', genericCsv(['2,tw,b,2024-01-01T02:00:00Z,reply,1,,', '3,tw,c,2024-01-01T03:00:00Z,reply to reply,2,,'])), { preset });
    expect(await countThreads(core.db)).toBe(1);
    const csv = 'id,site,author,created_at,text,in_reply_to,author_is_company\n1,tw,a,2024-01-01T01:00:00Z,root,0,\n4,tw,acme,2024-01-01T01:30:00Z,company answer,1,true\n';
    await importFile(core.db, tempFile('b.csv', csv), { preset });
    expect(await countThreads(core.db)).toBe(1);
    const roots = await core.db.all<{ external_id: string; root: string | null }>(
      'SELECT p.external_id, r.external_id AS root FROM posts p LEFT JOIN posts r ON r.id = p.thread_root_id ORDER BY p.external_id',
    );
    expect(roots).toEqual([
      { external_id: '1', root: null },
      { external_id: '2', root: '1' },
      { external_id: '3', root: '1' },
      { external_id: '4', root: '1' },
    ]);
    const [t] = await listThreadSummaries(core.db);
    expect(t).toMatchObject({ posts: 4, participants: 4, companyPosts: 1, firstCompanyAt: Date.parse('2024-01-01T01:30:00Z'), rootByCompany: false });
    expect(await core.db.get('SELECT count(*) AS n FROM thread_stats')).toEqual({ n: 1 });
    await core.close();
  });

  it('refreshes response times when an author is marked as a company account later', async () => {
    const core = await memoryCore();
    const preset = PRESETS.generic;
    await importFile(core.db, tempFile('a.csv', genericCsv(['1,tw,ann,2024-01-01T01:00:00Z,help,,,', '2,tw,acme,2024-01-01T01:10:00Z,on it,1,,'])), { preset });
    expect((await listThreadSummaries(core.db))[0].firstCompanyAt).toBeNull();
    const csv = 'id,site,author,created_at,text,author_is_company\n9,tw,acme,2024-01-02,hello all,true\n';
    await importFile(core.db, tempFile('b.csv', csv), { preset });
    expect((await listThreadSummaries(core.db))[0].firstCompanyAt).toBe(Date.parse('2024-01-01T01:10:00Z'));
    await core.close();
  });

  it('survives reply cycles and self-replies in bad data', async () => {
    const core = await memoryCore();
    const f = tempFile('c.csv', genericCsv(['1,tw,a,2024-01-01,one,2,,', '2,tw,b,2024-01-01,two,1,,', '3,tw,c,2024-01-01,self,3,,']));
    const r = await importFile(core.db, f, { preset: PRESETS.generic, batchSize: 1 });
    expect(r).toMatchObject({ imported: 3, status: 'done' });
    const self = await core.db.get<{ parent_id: number | null }>("SELECT parent_id FROM posts WHERE external_id = '3'");
    expect(self?.parent_id).toBeNull();
    await core.close();
  });

  it('finds thread members through their index', async () => {
    const core = await memoryCore();
    const rows = await core.db.all<{ detail: string }>('EXPLAIN QUERY PLAN SELECT id FROM posts WHERE thread_root_id = ?', [1]);
    expect(rows.map((r) => r.detail).join(' ')).toMatch(/USING (COVERING )?INDEX posts_thread_root/);
    const adopt = await core.db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${ADOPTABLE_SQL}`, [1]);
    expect(adopt.map((r) => r.detail)).toEqual([expect.stringMatching(/^SEARCH n USING INTEGER PRIMARY KEY/), expect.stringMatching(/^SEARCH o USING INDEX posts_reply_to/)]);
    await core.close();
  });
});

describe('migration 0002', () => {
  it('backfills roots and figures of threads stored before it', async () => {
    const db = await Db.open(':memory:');
    await migrate(db, 1);
    await db.exec(`INSERT INTO sites (id, name, created_at) VALUES (1, 'tw', 0);
      INSERT INTO authors (id, site_id, handle, is_company) VALUES (1, 1, 'ann', 0), (2, 1, 'acme', 1);
      INSERT INTO posts (id, site_id, external_id, author_id, created_at, text, parent_id, ingested_at) VALUES
        (1, 1, 'a', 1, 100, 'root', NULL, 0), (2, 1, 'b', 2, 160, 'answer', 1, 0), (3, 1, 'c', 1, 200, 'thanks', 2, 0), (4, 1, 'd', 1, 300, 'alone', NULL, 0);`);
    await migrate(db, 2);
    expect(await db.all('SELECT id, thread_root_id FROM posts ORDER BY id')).toEqual([
      { id: 1, thread_root_id: null },
      { id: 2, thread_root_id: 1 },
      { id: 3, thread_root_id: 1 },
      { id: 4, thread_root_id: null },
    ]);
    expect(await listThreadSummaries(db)).toEqual([
      { rootId: 1, siteId: 1, startedAt: 100, lastAt: 200, posts: 3, participants: 2, companyPosts: 1, firstCompanyAt: 160, rootByCompany: false },
    ]);
    expect(await countThreads(db)).toBe(2);
    await db.close();
  });
});
