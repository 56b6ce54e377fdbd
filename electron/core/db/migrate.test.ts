import { describe, expect, it } from 'vitest';
import { Db } from './database';
import { LATEST_VERSION, migrate, MIGRATIONS, NewerDatabaseError, readSchemaVersion } from './migrate';
import { openCore } from '../core';
import { tempFile } from '../testing/fixtures';

describe('migrations', () => {
  it('are numbered from 1 without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    for (const m of MIGRATIONS) expect(m.name).toMatch(/^\d{4}-[a-z0-9-]+\.sql$/);
  });

  it.each(MIGRATIONS.map((m) => [m.version, m.name]))('migration %i (%s) applies on top of the previous ones', async (version) => {
    const db = await Db.open(':memory:');
    expect(await migrate(db, version - 1)).toBe(version - 1);
    expect(await migrate(db, version)).toBe(version);
    const tables = await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'");
    expect(tables.length).toBeGreaterThan(0);
    await db.close();
  });

  it('brings a new database to the latest version and is a no-op the second time', async () => {
    const db = await Db.open(':memory:');
    expect(await migrate(db)).toBe(LATEST_VERSION);
    expect(await migrate(db)).toBe(LATEST_VERSION);
    expect(await readSchemaVersion(db)).toBe(LATEST_VERSION);
    await db.close();
  });

  it('refuses a database written by a newer app and leaves it untouched', async () => {
    const file = tempFile('newer.sqlite', '');
    const db = await Db.open(file);
    await db.exec(`PRAGMA user_version = ${LATEST_VERSION + 5}`);
    await db.close();
    await expect(openCore({ dbPath: file })).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(openCore({ dbPath: file })).rejects.toThrow(/newer version of Listening Post/);
    const again = await Db.open(file);
    expect(await readSchemaVersion(again)).toBe(LATEST_VERSION + 5);
    expect(await again.all("SELECT name FROM sqlite_master WHERE type = 'table'")).toEqual([]);
    await again.close();
  });
});

describe('Db.transactionWithoutForeignKeys', () => {
  it('accepts rows whose references arrive later, and switches enforcement back on afterwards', async () => {
    const db = await Db.open(':memory:');
    await db.exec('CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id))');
    await expect(db.transaction((tx) => tx.run('INSERT INTO child VALUES (1, 7)'))).rejects.toThrow(/FOREIGN KEY/);
    await db.transactionWithoutForeignKeys(async (tx) => {
      await tx.run('INSERT INTO child VALUES (1, 7)');
      await tx.run('INSERT INTO parent VALUES (7)');
    });
    expect(await db.all('SELECT * FROM child')).toEqual([{ id: 1, parent_id: 7 }]);
    expect(await db.get('PRAGMA foreign_keys')).toEqual({ foreign_keys: 1 });
    await expect(db.run('INSERT INTO child VALUES (2, 8)')).rejects.toThrow(/FOREIGN KEY/);
    await db.close();
  });
});

describe('Db.transaction', () => {
  it('rolls back everything when the function throws', async () => {
    const db = await Db.open(':memory:');
    await db.exec('CREATE TABLE t (x INTEGER)');
    await expect(
      db.transaction(async (tx) => {
        await tx.run('INSERT INTO t VALUES (1)');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.all('SELECT * FROM t')).toEqual([]);
    await db.close();
  });

  it('never interleaves the statements of two concurrent transactions', async () => {
    const db = await Db.open(':memory:');
    await db.exec('CREATE TABLE t (who TEXT, n INTEGER)');
    const write = (who: string) =>
      db.transaction(async (tx) => {
        for (let n = 0; n < 20; n++) await tx.run('INSERT INTO t VALUES (?, ?)', [who, n]);
      });
    await Promise.all([write('a'), write('b'), db.run("INSERT INTO t VALUES ('c', 0)")]);
    const rows = await db.all<{ who: string }>('SELECT who FROM t ORDER BY rowid');
    const order = rows.map((r) => r.who).join('');
    expect(order).toBe(`${'a'.repeat(20)}${'b'.repeat(20)}c`);
    await db.close();
  });
});
