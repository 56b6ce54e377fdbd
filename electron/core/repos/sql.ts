import type { Queryable, SqlValue } from '../db/database';

/** SQLite's limit on bound parameters per statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32). */
const MAX_PARAMS = 32_766;

/**
 * Inserts many rows with multi-row `INSERT … VALUES (…),(…)` statements, chunked below the
 * parameter limit. Returns how many rows were actually inserted (ignored duplicates excluded).
 */
export async function insertMany(
  q: Queryable,
  head: string,
  columns: number,
  rows: SqlValue[][],
  tail = '',
): Promise<number> {
  if (rows.length === 0) return 0;
  const perChunk = Math.max(1, Math.floor(MAX_PARAMS / columns));
  const tuple = `(${new Array(columns).fill('?').join(',')})`;
  let changes = 0;
  for (let i = 0; i < rows.length; i += perChunk) {
    const chunk = rows.slice(i, i + perChunk);
    const sql = `${head} VALUES ${new Array(chunk.length).fill(tuple).join(',')} ${tail}`;
    changes += (await q.run(sql, chunk.flat())).changes;
  }
  return changes;
}

/** `?,?,?` for an IN list of n values. */
export function placeholders(n: number): string {
  return new Array(n).fill('?').join(',');
}
