import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Db } from './database';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

async function fileDb(opts: { singleConnection?: boolean } = {}): Promise<Db> {
  const dir = mkdtempSync(join(tmpdir(), 'lp-db-'));
  dirs.push(dir);
  const db = await Db.open(join(dir, 'x.sqlite'), opts);
  await db.exec('CREATE TABLE t (n INTEGER)');
  await db.run('INSERT INTO t (n) VALUES (1)');
  return db;
}

/** Opens a write transaction and holds it until the returned release is called. */
function holdTransaction(db: Db): { inside: Promise<void>; release(): void; done: Promise<void> } {
  let release = (): void => undefined;
  let entered = (): void => undefined;
  const inside = new Promise<void>((r) => (entered = r));
  const done = db.transaction(async (tx) => {
    await tx.run('INSERT INTO t (n) VALUES (2)');
    entered();
    await new Promise<void>((r) => (release = r));
  });
  return { inside, release: () => release(), done };
}

describe('Db', () => {
  it('answers reads of a file database while a long write transaction is open, with the committed state', async () => {
    const db = await fileDb();
    const held = holdTransaction(db);
    await held.inside;
    // Before the reader connection, this read waited in the queue until the transaction ended.
    expect(await db.get<{ c: number }>('SELECT count(*) AS c FROM t')).toEqual({ c: 1 });
    held.release();
    await held.done;
    expect(await db.get<{ c: number }>('SELECT count(*) AS c FROM t')).toEqual({ c: 2 });
    await db.close();
  });

  it('a read issued after an awaited write sees it', async () => {
    const db = await fileDb();
    for (let i = 0; i < 20; i++) {
      await db.run('INSERT INTO t (n) VALUES (?)', [i]);
      expect((await db.all('SELECT n FROM t')).length).toBe(i + 2);
    }
    await db.close();
  });

  it('a read issued after an awaited write sees it while other reads keep the reader busy', async () => {
    const db = await fileDb();
    // A stream of overlapping reads (as the live view, status line and lists make under load): each
    // `get` holds the reader's snapshot until its statement is finalized, so a new read can start on
    // a snapshot older than a write that has already been awaited.
    let busy = true;
    const readers = Array.from({ length: 4 }, async () => {
      while (busy) await db.get('SELECT count(*) AS c FROM t');
    });
    try {
      for (let i = 0; i < 200; i++) {
        await db.run('INSERT INTO t (n) VALUES (?)', [i]);
        expect(await db.get<{ c: number }>('SELECT count(*) AS c FROM t')).toEqual({ c: i + 2 });
      }
    } finally {
      busy = false;
      await Promise.all(readers);
      await db.close();
    }
  });

  it('a long read does not hold up a read issued after a write, which sees the write', async () => {
    const db = await fileDb();
    const order: string[] = [];
    // A scan of a few million generated rows: long enough to still run after the write and the quick read.
    const long = db.get('WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 3000000) SELECT count(*) AS c FROM r').then(() => order.push('long'));
    await new Promise((r) => setTimeout(r, 20));
    await db.run('INSERT INTO t (n) VALUES (2)');
    const quick = await db.get<{ c: number }>('SELECT count(*) AS c FROM t');
    order.push('quick');
    await long;
    expect(quick).toEqual({ c: 2 });
    expect(order).toEqual(['quick', 'long']);
    await db.close();
  });

  it('with a single connection, reads wait for the transaction in hand and can leave WAL mode', async () => {
    const db = await fileDb({ singleConnection: true });
    const held = holdTransaction(db);
    await held.inside;
    const read = db.get<{ c: number }>('SELECT count(*) AS c FROM t');
    held.release();
    await held.done;
    expect(await read).toEqual({ c: 2 });
    await db.exec('PRAGMA journal_mode = DELETE');
    expect(await db.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'delete' });
    await db.close();
  });

  it('refuses writes on the reader path instead of running them unqueued', async () => {
    const db = await fileDb();
    await expect(db.all('INSERT INTO t (n) VALUES (3) RETURNING n')).rejects.toThrow(/readonly|read-only|query_only/i);
    await db.close();
  });
});
