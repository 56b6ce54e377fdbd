import type { Db } from './database';

/** A numbered migration: `NNNN-summary.sql`, append-only once landed. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Vite inlines every migration file at build time, so the CLI, server and Electron main carry them.
const files = import.meta.glob('./migrations/*.sql', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** All migrations, ordered by version; throws if numbering has a gap or a duplicate. */
export const MIGRATIONS: Migration[] = Object.entries(files)
  .map(([path, sql]) => {
    const name = path.split('/').pop() ?? path;
    return { version: Number(name.slice(0, 4)), name, sql };
  })
  .sort((a, b) => a.version - b.version);

MIGRATIONS.forEach((m, i) => {
  if (m.version !== i + 1) throw new Error(`migration numbering broken at ${m.name}: expected ${String(i + 1).padStart(4, '0')}`);
});

/** The schema version this build of the app writes. */
export const LATEST_VERSION = MIGRATIONS.length;

/** Thrown when a database was written by a newer app; it is refused, never opened. */
export class NewerDatabaseError extends Error {
  /** Names the file, its version and ours. */
  constructor(file: string, found: number, known: number) {
    super(
      `${file} was written by a newer version of Listening Post (schema ${found}; this app knows up to ${known}). ` +
        'Update the app to open it; the file was not changed.',
    );
  }
}

/** Reads PRAGMA user_version. */
export async function readSchemaVersion(db: Db): Promise<number> {
  const row = await db.get<{ user_version: number }>('PRAGMA user_version');
  return row?.user_version ?? 0;
}

/** Brings the database up to `target` (default: latest), each migration in its own transaction. */
export async function migrate(db: Db, target = LATEST_VERSION): Promise<number> {
  const current = await readSchemaVersion(db);
  if (current > LATEST_VERSION) throw new NewerDatabaseError(db.file, current, LATEST_VERSION);
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    await db.transaction(async (tx) => {
      await tx.exec(m.sql);
      await tx.exec(`PRAGMA user_version = ${m.version}`);
    });
  }
  return readSchemaVersion(db);
}
