import { describe, expect, it } from 'vitest';
import { Db } from '../db/database';
import { migrate } from '../db/migrate';
import { memoryCore } from '../testing/fixtures';

const REACH_VERSION = 3;

describe('migration 0003 (reach graph)', () => {
  it('adds the graph tables on top of version 2 and keeps existing rows', async () => {
    const db = await Db.open(':memory:');
    await migrate(db, REACH_VERSION - 1);
    await db.run("INSERT INTO sites (name, created_at) VALUES ('twitter', 1)");
    await db.run("INSERT INTO authors (site_id, handle) VALUES (1, 'alice'), (1, 'bob')");
    expect(await migrate(db, REACH_VERSION)).toBe(REACH_VERSION);
    const tables = await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['graph_sources', 'follow_edges', 'interaction_edges', 'reach_runs', 'author_metrics']));
    expect(await db.all('SELECT handle FROM authors ORDER BY id')).toEqual([{ handle: 'alice' }, { handle: 'bob' }]);
    await db.close();
  });

  it('stores a follow pair once, refuses edges to unknown authors, checks kinds', async () => {
    const db = await Db.open(':memory:');
    await migrate(db, REACH_VERSION);
    await db.run("INSERT INTO sites (name, created_at) VALUES ('twitter', 1)");
    await db.run("INSERT INTO authors (site_id, handle) VALUES (1, 'a'), (1, 'b')");
    await db.run("INSERT INTO graph_sources (site_id, kind, file, format, imported_at) VALUES (1, 'follow', 'f', 'snap', 1)");
    await db.run('INSERT OR IGNORE INTO follow_edges VALUES (1, 2, 1), (1, 2, 1), (2, 1, 1)');
    expect(await db.get('SELECT count(*) AS n FROM follow_edges')).toEqual({ n: 2 });
    await expect(db.run('INSERT INTO follow_edges VALUES (1, 99, 1)')).rejects.toThrow(/FOREIGN KEY/);
    await expect(db.run("INSERT INTO graph_sources (site_id, kind, file, format, imported_at) VALUES (1, 'likes', 'f', 'snap', 1)")).rejects.toThrow(/CHECK/);
    await expect(db.run("INSERT INTO interaction_edges VALUES (1, 2, 'hug', 'posts', 1)")).rejects.toThrow(/CHECK/);
    await db.close();
  });
});

describe('reach queries use their indexes', () => {
  it.each([
    ['followers of an author', 'SELECT follower_id FROM follow_edges WHERE followee_id = ?', /USING COVERING INDEX follow_edges_followee/],
    ['followees of an author', 'SELECT followee_id FROM follow_edges WHERE follower_id = ?', /USING PRIMARY KEY/],
    ['interactions towards an author', 'SELECT from_id FROM interaction_edges WHERE to_id = ?', /USING (COVERING )?INDEX interaction_edges_to/],
    ['a site by PageRank', 'SELECT author_id FROM author_metrics WHERE site_id = ? ORDER BY pagerank DESC', /USING (COVERING )?INDEX author_metrics_site_pagerank/],
  ])('%s', async (_name, sql, expected) => {
    const core = await memoryCore();
    const plan = await core.db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, [1]);
    expect(plan.map((r) => r.detail).join(' | ')).toMatch(expected);
    await core.close();
  });
});
