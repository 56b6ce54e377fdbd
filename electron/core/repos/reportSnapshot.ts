// SQL of "Freeze week": copies what a report of a range reads from the main database into a
// snapshot file attached as `snap` (already migrated to the same schema, so columns line up).
// The copy is referentially whole: rows that copied rows refer to (a reply's ancestors, an alert's
// post, a linked author …) come along, and PRAGMA foreign_key_check proves it before commit.
import type { Queryable } from '../db/database';

/**
 * Tables copied whole: small, and read by id from many places (sites, models, SLA policies …). The
 * learned topic models and their choices come along so the snapshot classifies topics as the database did.
 */
const WHOLE_TABLES = ['sites', 'imports', 'sentiment_models', 'case_columns', 'sla_policies', 'reach_runs', 'topic_rule_sets', 'topic_models', 'topic_model_choices'];

/** Rows of the dated tables inside [?1, ?2): everything any section of the report reads by time. */
const DATED = [
  'INSERT INTO snap.posts SELECT * FROM main.posts WHERE created_at >= ?1 AND created_at < ?2',
  'INSERT INTO snap.alerts SELECT * FROM main.alerts WHERE raised_at >= ?1 AND raised_at < ?2',
  'INSERT INTO snap.contacts SELECT * FROM main.contacts WHERE at >= ?1 AND at < ?2',
  `INSERT INTO snap.cases SELECT * FROM main.cases WHERE (opened_at >= ?1 AND opened_at < ?2) OR (resolved_at >= ?1 AND resolved_at < ?2)
     OR root_post_id IN (SELECT id FROM snap.posts)`,
];

/** Posts referred to by copied rows but not copied yet (older thread ancestors, alert and case posts). */
const MISSING_POSTS = `INSERT INTO snap.posts SELECT * FROM main.posts WHERE id IN (
    SELECT parent_id FROM snap.posts UNION SELECT thread_root_id FROM snap.posts
    UNION SELECT post_id FROM snap.alerts UNION SELECT root_post_id FROM snap.cases)
  AND id NOT IN (SELECT id FROM snap.posts)`;

/** What hangs off the copied posts, contacts and links. Order matters: each reads what the previous ones copied. */
const DEPENDENT = [
  'INSERT INTO snap.thread_stats SELECT * FROM main.thread_stats WHERE root_id IN (SELECT id FROM snap.posts)',
  'INSERT INTO snap.post_scores SELECT * FROM main.post_scores WHERE post_id IN (SELECT id FROM snap.posts)',
  'INSERT INTO snap.sentiment_corrections SELECT * FROM main.sentiment_corrections WHERE post_id IN (SELECT id FROM snap.posts)',
  `INSERT INTO snap.identity_links SELECT * FROM main.identity_links WHERE status = 'confirmed'
     AND (author_id IN (SELECT author_id FROM snap.posts) OR customer_id IN (SELECT customer_id FROM snap.contacts))`,
  'INSERT INTO snap.customers SELECT * FROM main.customers WHERE id IN (SELECT customer_id FROM snap.contacts UNION SELECT customer_id FROM snap.identity_links)',
  'INSERT INTO snap.authors SELECT * FROM main.authors WHERE id IN (SELECT author_id FROM snap.posts UNION SELECT author_id FROM snap.identity_links)',
  'INSERT INTO snap.author_metrics SELECT * FROM main.author_metrics WHERE author_id IN (SELECT id FROM snap.authors)',
];

/** Attaches the snapshot file to the connection as `snap` (outside any transaction). */
export async function attachSnapshot(q: Queryable, path: string): Promise<void> {
  await q.run('ATTACH DATABASE ? AS snap', [path]);
}

/** Detaches `snap`. */
export async function detachSnapshot(q: Queryable): Promise<void> {
  await q.run('DETACH DATABASE snap');
}

/** Empties the tables a fresh migration seeded (default columns, SLA policy, built-in model) before they are copied whole. */
export async function clearSeededRows(q: Queryable): Promise<void> {
  for (const table of await existingTables(q, 'main')) await q.run(`DELETE FROM main.${table}`);
}

async function existingTables(q: Queryable, schema: 'main' | 'snap'): Promise<string[]> {
  const rows = await q.all<{ name: string }>(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name IN (SELECT value FROM json_each(?))`, [JSON.stringify(WHOLE_TABLES)]);
  return rows.map((r) => r.name).sort();
}

/**
 * Copies into `snap` (inside the caller's transaction, run without foreign-key enforcement because
 * rows arrive children first) the whole small tables and every dated row in [from, to) with what it
 * refers to, then insists with PRAGMA foreign_key_check that every reference holds. Returns the posts copied.
 */
export async function copyReportData(tx: Queryable, from: number, to: number): Promise<number> {
  for (const table of await existingTables(tx, 'snap')) await tx.run(`INSERT INTO snap.${table} SELECT * FROM main.${table}`);
  for (const sql of DATED) await tx.run(sql, [from, to]);
  while ((await tx.run(MISSING_POSTS)).changes > 0);
  for (const sql of DEPENDENT) await tx.run(sql);
  const dangling = await tx.all<{ table: string; parent: string }>('PRAGMA snap.foreign_key_check');
  if (dangling.length > 0) {
    const first = dangling[0];
    throw new Error(`the snapshot copy left ${dangling.length} rows referring to missing ones (first: ${first.table} → ${first.parent})`);
  }
  const r = await tx.get<{ n: number }>('SELECT count(*) AS n FROM snap.posts');
  return r?.n ?? 0;
}

/** What a snapshot holds, written into it once copied. */
export interface SnapshotMarker {
  label: string;
  timeZone: string;
  rangeFrom: number;
  rangeTo: number;
  dataFrom: number;
  dataTo: number;
  trendWeeks: number;
  sourceName: string;
  sourceSchema: number;
  snapshotHash: string;
  posts: number;
  createdAt: number;
}

/** Writes the snapshot marker row into `snap`. */
export async function writeSnapshotMarker(tx: Queryable, m: SnapshotMarker): Promise<void> {
  await tx.run(
    `INSERT INTO snap.report_snapshots (label, time_zone, range_from, range_to, data_from, data_to, trend_weeks, source_name, source_schema, snapshot_hash, posts, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [m.label, m.timeZone, m.rangeFrom, m.rangeTo, m.dataFrom, m.dataTo, m.trendWeeks, m.sourceName, m.sourceSchema, m.snapshotHash, m.posts, m.createdAt],
  );
}
