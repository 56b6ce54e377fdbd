import type sqlite3 from 'sqlite3';
import type { SqlValue } from './database';

/**
 * One read on a connection that resolves only once its statement is finalized: a statement stepped
 * to a row holds the connection's read snapshot until then (node-sqlite3's `get` finalizes later).
 */
function readOn<T>(db: sqlite3.Database, sql: string, params: SqlValue[], mode: 'all' | 'get'): Promise<T> {
  return new Promise((resolve, reject) => {
    const st = db.prepare(sql, params, (err) => {
      if (err) reject(err);
    });
    const done = (err: Error | null, value: unknown): void => void st.finalize(() => (err ? reject(err) : resolve(value as T)));
    if (mode === 'all') st.all((err, rows) => done(err, rows));
    else st.get((err, row) => done(err, row));
  });
}

interface Reader {
  conn: sqlite3.Database;
  /** Reads running on it; while any runs, they share the snapshot the first one took. */
  running: number;
  /** The write count when that snapshot was taken. */
  seesWrites: number;
}

/**
 * Read-only connections answering reads outside transactions (see Db). A read goes to an idle
 * connection, which takes a fresh snapshot, or joins the reads of one whose snapshot no write has
 * finished since; otherwise it waits for one of those. So a read issued after an awaited write
 * always sees it, and a long read (per-site figures scanning a million posts) does not hold up the
 * quick ones behind the next commit of an import, as it did with a single reader.
 */
export class ReaderPool {
  private readonly readers: Reader[];
  private waiting: Array<() => boolean> = [];

  /** `writes()` counts finished writer work. */
  constructor(
    conns: sqlite3.Database[],
    private readonly writes: () => number,
  ) {
    this.readers = conns.map((conn) => ({ conn, running: 0, seesWrites: 0 }));
  }

  /** Runs one read (`all` rows or the first row) on a connection that sees every finished write. */
  read<T>(sql: string, params: SqlValue[], mode: 'all' | 'get'): Promise<T> {
    return new Promise<Reader>((start) => {
      const attempt = (): boolean => this.tryStart(start);
      if (!attempt()) this.waiting.push(attempt);
    }).then((r) =>
      readOn<T>(r.conn, sql, params, mode).finally(() => {
        r.running--;
        if (this.waiting.length) this.waiting = this.waiting.filter((attempt) => !attempt());
      }),
    );
  }

  private tryStart(start: (r: Reader) => void): boolean {
    const now = this.writes();
    const r = this.readers.find((x) => x.running === 0) ?? this.readers.find((x) => x.seesWrites === now);
    if (!r) return false;
    if (r.running === 0) r.seesWrites = now;
    r.running++;
    start(r);
    return true;
  }

  /** The connections, for closing. */
  connections(): sqlite3.Database[] {
    return this.readers.map((r) => r.conn);
  }
}
