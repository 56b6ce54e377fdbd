import { stat } from 'node:fs/promises';
import { Db } from './db/database';
import { LATEST_VERSION, migrate, readSchemaVersion, NewerDatabaseError } from './db/migrate';
import { EventBus } from './events';
import { ensurePostIndexes } from './repos/postIndexes';

/** Everything a service needs: the database, the event bus and a clock. */
export interface Core {
  db: Db;
  events: EventBus;
  now: () => number;
  schemaVersion: number;
  appVersion: string;
  /** Size of the database file in bytes (0 for in-memory). */
  fileSize(): Promise<number>;
  close(): Promise<void>;
}

/** Options for opening the core. */
export interface CoreOptions {
  dbPath: string;
  readOnly?: boolean;
  now?: () => number;
  appVersion?: string;
}

/**
 * Opens (creating and migrating) the database and builds the core. A database from a newer app
 * version is refused with NewerDatabaseError before anything is written.
 */
export async function openCore(opts: CoreOptions): Promise<Core> {
  const db = await Db.open(opts.dbPath, { readOnly: opts.readOnly });
  try {
    const found = await readSchemaVersion(db);
    if (found > LATEST_VERSION) throw new NewerDatabaseError(opts.dbPath, found, LATEST_VERSION);
    const schemaVersion = opts.readOnly ? found : await migrate(db);
    if (!opts.readOnly) {
      // Imports that were running when the app died stay visible as interrupted; re-running them completes the data.
      await db.run("UPDATE imports SET status = 'failed' WHERE status = 'running'");
      // An import that died while it had dropped its bulk indexes left them missing.
      await ensurePostIndexes(db);
    }
    return {
      db,
      events: new EventBus(),
      now: opts.now ?? Date.now,
      schemaVersion,
      appVersion: opts.appVersion ?? '0.1.0',
      fileSize: async () => {
        if (opts.dbPath === ':memory:') return 0;
        const sizes = await Promise.all(['', '-wal'].map((s) => stat(opts.dbPath + s).then((x) => x.size, () => 0)));
        return sizes[0] + sizes[1];
      },
      close: () => db.close(),
    };
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
}
