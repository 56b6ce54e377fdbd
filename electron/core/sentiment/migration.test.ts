import { describe, expect, it } from 'vitest';
import { Db } from '../db/database';
import { migrate, MIGRATIONS } from '../db/migrate';

const VERSION = MIGRATIONS.find((m) => m.name === '0004-sentiment.sql')?.version ?? 0;

async function migratedTo(version: number): Promise<Db> {
  const db = await Db.open(':memory:');
  await migrate(db, version);
  return db;
}

describe('migration 0004-sentiment', () => {
  it('exists as number 4', () => {
    expect(VERSION).toBe(4);
  });

  it('adds the tables on top of the previous version and seeds the built-in model as active', async () => {
    const db = await migratedTo(VERSION - 1);
    await db.run("INSERT INTO sites (name, created_at) VALUES ('twitter', 0)");
    await db.run("INSERT INTO authors (site_id, handle) VALUES (1, 'a')");
    await db.run("INSERT INTO posts (site_id, external_id, author_id, created_at, text, ingested_at) VALUES (1, '1', 1, 0, 'late again', 0)");
    await migrate(db, VERSION);
    const tables = await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('sentiment_models', 'post_scores', 'sentiment_corrections') ORDER BY name");
    expect(tables.map((t) => t.name)).toEqual(['post_scores', 'sentiment_corrections', 'sentiment_models']);
    expect(await db.all('SELECT id, kind, active FROM sentiment_models')).toEqual([{ id: 1, kind: 'builtin', active: 1 }]);
    expect(await db.get('SELECT count(*) AS n FROM posts')).toEqual({ n: 1 });
    await db.close();
  });

  it.each([
    ['a second active model', "INSERT INTO sentiment_models (kind, name, created_at, active) VALUES ('trained', 'x', 0, 1)"],
    ['an unknown model kind', "INSERT INTO sentiment_models (kind, name, created_at) VALUES ('cloud', 'x', 0)"],
    ['an unknown score label', "INSERT INTO post_scores VALUES (1, 'angry', 0, 0, 'en', '[]', 1, '1', 0)"],
    ['an unknown correction label', "INSERT INTO sentiment_corrections (post_id, label, corrected_by, corrected_at) VALUES (1, 'meh', 'sup', 0)"],
    ['a score for a missing post', "INSERT INTO post_scores VALUES (99, 'neutral', 0, 0, 'en', '[]', 1, '1', 0)"],
  ])('refuses %s', async (_name, sql) => {
    const db = await migratedTo(VERSION);
    await db.run("INSERT INTO sites (name, created_at) VALUES ('twitter', 0)");
    await db.run("INSERT INTO authors (site_id, handle) VALUES (1, 'a')");
    await db.run("INSERT INTO posts (site_id, external_id, author_id, created_at, text, ingested_at) VALUES (1, '1', 1, 0, 'x', 0)");
    await expect(db.run(sql)).rejects.toThrow(/constraint/i);
    await db.close();
  });
});
