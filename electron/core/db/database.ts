import sqlite3 from 'sqlite3';
import { ReaderPool } from './readers';

/** A bound parameter value. */
export type SqlValue = string | number | bigint | null | Buffer;
/** A row as sqlite3 returns it. */
export type Row = Record<string, unknown>;

/** The operations repos use; implemented by Db and by the handle inside a transaction. */
export interface Queryable {
  run(sql: string, params?: SqlValue[]): Promise<{ changes: number; lastID: number }>;
  all<T = Row>(sql: string, params?: SqlValue[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  exec(sql: string): Promise<void>;
}

function runOn(db: sqlite3.Database, sql: string, params: SqlValue[]): Promise<{ changes: number; lastID: number }> {
  return new Promise((resolve, reject) => {
    db.run(sql, params, function (this: sqlite3.RunResult, err: Error | null) {
      if (err) reject(err);
      else resolve({ changes: this.changes, lastID: this.lastID });
    });
  });
}

function allOn<T>(db: sqlite3.Database, sql: string, params: SqlValue[]): Promise<T[]> {
  return new Promise((resolve, reject) => db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[]))));
}

function getOn<T>(db: sqlite3.Database, sql: string, params: SqlValue[]): Promise<T | undefined> {
  return new Promise((resolve, reject) => db.get(sql, params, (err, row) => (err ? reject(err) : resolve(row as T | undefined))));
}

function execOn(db: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve())));
}

function open(file: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, mode, (err) => (err ? reject(err) : resolve(db)));
  });
}

/** Read-only connections of a file database: two, so one long read leaves another free. */
const READERS = 2;

/**
 * The one wrapper over sqlite3: a promise API, and a queue so that the statements of two
 * transactions never interleave on the shared connection. Writes outside `transaction` also
 * wait their turn in the queue. WAL and foreign keys are switched on at open.
 *
 * A file database also gets READERS read-only connections for `all` and `get` outside a
 * transaction (see ReaderPool): in WAL mode they read the last committed state while a long import
 * writes, so the UI's queries do not wait behind the import's batches (they waited 5–50 s before).
 * Reads still never see half of a transaction, and a read issued after an awaited write sees that write.
 */
export class Db implements Queryable {
  private queue: Promise<unknown> = Promise.resolve();
  private readers: ReaderPool | null = null;
  /** Counts finished writer work; a reader snapshot taken before the latest count may miss a write. */
  private writes = 0;

  private constructor(
    private readonly conn: sqlite3.Database,
    /** The file path, or `:memory:`. */
    readonly file: string,
    /** Opened read-only (snapshots, walls). */
    readonly readOnly: boolean,
  ) {}

  /**
   * Opens (creating when allowed) a database file; `:memory:` for tests. `singleConnection` skips
   * the reader (needed to leave WAL mode, which fails while another connection is open).
   */
  static async open(file: string, opts: { readOnly?: boolean; singleConnection?: boolean } = {}): Promise<Db> {
    const mode = opts.readOnly ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE;
    const conn = await open(file, mode);
    const db = new Db(conn, file, !!opts.readOnly);
    await execOn(conn, 'PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
    if (!opts.readOnly && file !== ':memory:') {
      await execOn(conn, 'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
      if (!opts.singleConnection) {
        const conns = await Promise.all(Array.from({ length: READERS }, () => open(file, sqlite3.OPEN_READONLY)));
        for (const c of conns) await execOn(c, 'PRAGMA busy_timeout = 5000; PRAGMA query_only = ON;');
        db.readers = new ReaderPool(conns, () => db.writes);
      }
    }
    return db;
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const counted = (): Promise<T> => work().finally(() => void this.writes++);
    const next = this.queue.then(counted, counted);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Runs one statement (queued behind any open transaction). */
  run(sql: string, params: SqlValue[] = []): Promise<{ changes: number; lastID: number }> {
    return this.enqueue(() => runOn(this.conn, sql, params));
  }

  /** Reads all rows: on the reader connection when there is one, else queued (never half of another caller's transaction either way). */
  all<T = Row>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    const readers = this.readers;
    return readers ? readers.read<T[]>(sql, params, 'all') : this.enqueue(() => allOn<T>(this.conn, sql, params));
  }

  /** Reads the first row, or undefined (like `all`). */
  get<T = Row>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    const readers = this.readers;
    return readers ? readers.read<T | undefined>(sql, params, 'get') : this.enqueue(() => getOn<T>(this.conn, sql, params));
  }

  /** Runs a script of several statements. */
  exec(sql: string): Promise<void> {
    return this.enqueue(() => execOn(this.conn, sql));
  }

  /**
   * Runs `fn` inside BEGIN IMMEDIATE … COMMIT, rolling back on any error. The handle passed to
   * `fn` talks to the connection directly; other callers wait until the transaction ends.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.enqueue(() => this.runTransaction(fn));
  }

  /**
   * Like `transaction`, with foreign-key enforcement off for its duration: for copies of partial
   * data (report snapshots) whose references the caller checks itself with PRAGMA foreign_key_check
   * before returning, and for import batches, which resolve every reference they write themselves. The pragma cannot change inside a transaction, so it is set around it, in the
   * same queue slot: no other caller's statement runs without foreign keys.
   */
  transactionWithoutForeignKeys<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      await execOn(this.conn, 'PRAGMA foreign_keys = OFF');
      try {
        return await this.runTransaction(fn);
      } finally {
        await execOn(this.conn, 'PRAGMA foreign_keys = ON');
      }
    });
  }

  private async runTransaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const conn = this.conn;
    const tx: Queryable = {
      run: (sql, params = []) => runOn(conn, sql, params),
      all: <R>(sql: string, params: SqlValue[] = []) => allOn<R>(conn, sql, params),
      get: <R>(sql: string, params: SqlValue[] = []) => getOn<R>(conn, sql, params),
      exec: (sql) => execOn(conn, sql),
    };
    await execOn(conn, 'BEGIN IMMEDIATE');
    try {
      const out = await fn(tx);
      await execOn(conn, 'COMMIT');
      return out;
    } catch (err) {
      await execOn(conn, 'ROLLBACK').catch(() => undefined);
      throw err;
    }
  }

  /** Closes the connection after queued work finishes. */
  close(): Promise<void> {
    const closeConn = (c: sqlite3.Database): Promise<void> => new Promise<void>((resolve, reject) => c.close((err) => (err ? reject(err) : resolve())));
    return this.enqueue(async () => {
      const readers = this.readers?.connections() ?? [];
      this.readers = null;
      for (const r of readers) await closeConn(r);
      await closeConn(this.conn);
    });
  }
}
