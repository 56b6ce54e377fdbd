import { describe, expect, it } from 'vitest';
import { memoryCore } from '../testing/fixtures';
import { AUTHOR_IDS_SQL } from './authors';
import { FIND_STORED_SQL } from './linkedPosts';
import { resetWork, THREAD_FIGURES_SQL } from './threads';

const plan = async (sql: string, params: (string | number)[] = []): Promise<string> => {
  const core = await memoryCore();
  const rows = await core.db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params);
  await core.close();
  return rows.map((r) => r.detail).join(' | ');
};

describe('hot queries use their indexes', () => {
  it.each([
    ['posts in a time window', 'SELECT id FROM posts WHERE created_at >= ? AND created_at < ?', [0, 1], /USING (COVERING )?INDEX posts_created_at/],
    ['posts of one author over time', 'SELECT id FROM posts WHERE author_id = ? ORDER BY created_at', [1], /USING (COVERING )?INDEX posts_author_time/],
    ['posts of one site in a window', 'SELECT id FROM posts WHERE site_id = ? AND created_at >= ?', [1, 0], /USING (COVERING )?INDEX posts_site_time/],
    ['replies to a post by external id', 'SELECT id FROM posts WHERE site_id = ? AND in_reply_to = ?', [1, 'x'], /USING (COVERING )?INDEX posts_reply_to/],
    ['idempotency lookup', 'SELECT id FROM posts WHERE site_id = ? AND external_id = ?', [1, 'x'], /USING (COVERING )?INDEX sqlite_autoindex_posts_1/],
    ['idempotency lookup of a whole import batch', FIND_STORED_SQL, ['[["forum","x"]]'], /SEARCH s USING (COVERING )?INDEX sqlite_autoindex_sites_1 \(name=\?\) \| SEARCH p USING INDEX sqlite_autoindex_posts_1 \(site_id=\? AND external_id=\?\)/],
    ['author ids of an import batch', AUTHOR_IDS_SQL, ['[[1,"x"]]'], /SEARCH a USING (COVERING )?INDEX sqlite_autoindex_authors_1 \(site_id=\? AND handle=\?\)/],
    ['newest posts page', 'SELECT id FROM posts ORDER BY created_at DESC LIMIT 100', [], /USING (COVERING )?INDEX posts_created_at/],
  ])('%s', async (_name, sql, params, expected) => {
    expect(await plan(sql as string, params as (string | number)[])).toMatch(expected as RegExp);
  });
});

describe('thread figures of an import batch', () => {
  it('walk the touched roots and probe their replies instead of scanning every reply', async () => {
    const core = await memoryCore();
    await resetWork(core.db);
    const rows = await core.db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${THREAD_FIGURES_SQL}`);
    await core.close();
    const plan = rows.map((r) => r.detail).join(' | ');
    expect(plan).toMatch(/^SCAN t \|/);
    expect(plan).toMatch(/SEARCH m USING INDEX posts_thread_root \(thread_root_id=\?\)/);
    expect(plan).not.toMatch(/SCAN (m|r)\b/);
    expect(plan).not.toMatch(/TEMP B-TREE FOR GROUP BY/);
  });
});

describe('post search (posts.search)', () => {
  type PostQuery = import('./posts').PostQuery;
  const planOf = async (sql: string, params: unknown[]): Promise<string> => {
    const core = await memoryCore();
    const rows = await core.db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params as (string | number)[]);
    await core.close();
    return rows.map((r) => r.detail).join(' | ');
  };

  it.each<[string, PostQuery, RegExp]>([
    ['newest first without filters', {}, /SCAN posts USING INDEX posts_created_at/],
    ['oldest first without filters', { oldestFirst: true }, /SCAN posts USING INDEX posts_created_at/],
    ['newest first with a text query', { query: 'refund' }, /SCAN posts USING INDEX posts_created_at/],
    ['one site', { siteId: 1 }, /SEARCH posts USING INDEX posts_site_time \(site_id=\?\)/],
    ['one author', { authorId: 1 }, /SEARCH posts USING INDEX posts_author_time \(author_id=\?\)/],
  ])('the page of %s walks an index in time order, without sorting', async (_name, filter, expected) => {
    const { postPageSql } = await import('./posts');
    const { sql, params } = postPageSql(filter);
    const plan = await planOf(sql, params);
    expect(plan).toMatch(expected);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });

  it.each<[string, PostQuery, RegExp]>([
    ['no filter', {}, /SCAN posts/],
    ['one author', { authorId: 1 }, /SEARCH posts USING (COVERING )?INDEX posts_author_time \(author_id=\?\)/],
    ['a text query', { query: 'refund' }, /SEARCH authors USING INTEGER PRIMARY KEY/],
  ])('the capped count with %s stops at the cap', async (_name, filter, expected) => {
    const { matchesSql } = await import('./posts');
    const { sql, params } = matchesSql(filter, 10);
    const plan = await planOf(sql, params);
    expect(plan).toMatch(expected);
    expect(plan).not.toMatch(/TEMP B-TREE|SEARCH sites/);
  });

  it('a page read by id looks its posts up by key instead of walking the time index', async () => {
    const { postsByIdSql } = await import('./posts');
    const { sql, params } = postsByIdSql([3, 1, 2], {});
    const plan = await planOf(sql, params);
    expect(plan).toMatch(/SEARCH posts USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(plan).not.toMatch(/SCAN posts|posts_created_at/);
  });
});
