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

// Lone UTF-16 surrogates (possible in JSON Lines input) would reach SQLite's JSON reader as escapes
// it turns into invalid UTF-8; the parameter path stored U+FFFD instead, and so does this.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const wellFormed = (_key: string, v: unknown): unknown =>
  typeof v === 'string' && LONE_SURROGATE.test(v) ? v.replace(/[\uD800-\uDFFF]/gu, '\uFFFD') : v;

/**
 * Rows as one JSON array of arrays, the single parameter of an `INSERT … SELECT value ->> 0, …
 * FROM jsonb_each(?)`. Binding one string instead of rows × columns values is what makes bulk
 * writes cheap on the JS thread (node-sqlite3 converts each bound value there), and SQLite reads
 * the JSON in C. Strings, numbers and nulls come back from `->>` as TEXT, INTEGER/REAL and NULL.
 * Read it with jsonb_each, not json_each: json_each hands each row over as JSON text that every
 * `->>` parses again, jsonb_each as binary JSON that `->>` reads in place (the posts INSERTs of a
 * 200,000-row import: 2.4 s -> 1.5 s without indexes, SQLite 3.52).
 */
export function jsonRows(rows: (string | number | null)[][]): string {
  const json = JSON.stringify(rows);
  // JSON.stringify writes lone surrogates as \udXXX escapes; only then take the slower replacer path.
  // (includes() first: it scans a batch's megabytes several times faster than the regular expression.)
  return json.includes('\\ud') && /\\ud[89a-f]/.test(json) ? JSON.stringify(rows, wellFormed) : json;
}
