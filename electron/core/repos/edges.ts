import type { EdgeFormat, GraphKind } from '../../../shared/domain/reach';
import type { Queryable, SqlValue } from '../db/database';
import { insertMany, placeholders } from './sql';

/** A graph source row as first written (the counts are filled in when the import ends). */
export interface NewGraphSource {
  siteId: number;
  kind: GraphKind;
  file: string;
  format: EdgeFormat;
  importedAt: number;
}

/** Counts written to a graph source once its file is read. */
export interface GraphSourceCounts {
  linesRead: number;
  edges: number;
  selfLoops: number;
  duplicates: number;
  badLines: number;
  stubAuthors: number;
}

/** Records an edge file being imported; returns its id. */
export async function insertGraphSource(q: Queryable, s: NewGraphSource): Promise<number> {
  const r = await q.run('INSERT INTO graph_sources (site_id, kind, file, format, imported_at) VALUES (?, ?, ?, ?, ?)', [
    s.siteId,
    s.kind,
    s.file,
    s.format,
    s.importedAt,
  ]);
  return r.lastID;
}

/** Writes the final counts of a graph source. */
export async function finishGraphSource(q: Queryable, id: number, c: GraphSourceCounts): Promise<void> {
  await q.run(
    'UPDATE graph_sources SET lines_read = ?, edges = ?, self_loops = ?, duplicates = ?, bad_lines = ?, stub_authors = ? WHERE id = ?',
    [c.linesRead, c.edges, c.selfLoops, c.duplicates, c.badLines, c.stubAuthors, id],
  );
}

/** Stores follow edges (author ids, follower first); a stored pair is kept once. Returns how many were new. */
export async function insertFollowEdges(q: Queryable, pairs: ReadonlyArray<readonly [number, number]>, sourceId: number): Promise<number> {
  return insertMany(q, 'INSERT OR IGNORE INTO follow_edges (follower_id, followee_id, source_id)', 3, pairs.map(([a, b]) => [a, b, sourceId]));
}

/** An interaction between two authors: `fromId` replied to / mentioned / reposted `toId`, `weight` times. */
export interface InteractionEdge {
  fromId: number;
  toId: number;
  kind: 'reply' | 'mention' | 'repost' | 'file';
  weight: number;
}

/**
 * Stores interaction edges; weights of a pair already stored are added (a file that repeats a pair
 * counts both). Returns how many rows were written.
 */
export async function insertInteractionEdges(q: Queryable, edges: readonly InteractionEdge[], origin: 'posts' | 'file'): Promise<number> {
  const rows: SqlValue[][] = edges.map((e) => [e.fromId, e.toId, e.kind, origin, e.weight]);
  return insertMany(q, 'INSERT INTO interaction_edges (from_id, to_id, kind, origin, weight)', 5, rows, 'ON CONFLICT (from_id, to_id, kind) DO UPDATE SET weight = weight + excluded.weight');
}

/** Follow edges of one site as parallel arrays of author ids. */
export interface StoredEdges {
  src: Int32Array;
  dst: Int32Array;
  weight: Float64Array | null;
}

/** Every follow edge between authors of a site. */
export async function loadFollowEdges(q: Queryable, siteId: number): Promise<StoredEdges> {
  const rows = await q.all<{ a: number; b: number }>(
    'SELECT e.follower_id AS a, e.followee_id AS b FROM follow_edges e JOIN authors f ON f.id = e.follower_id WHERE f.site_id = ?',
    [siteId],
  );
  return { src: Int32Array.from(rows, (r) => r.a), dst: Int32Array.from(rows, (r) => r.b), weight: null };
}

/** Every interaction edge of a site, kinds summed per pair. */
export async function loadInteractionEdges(q: Queryable, siteId: number): Promise<StoredEdges> {
  const rows = await q.all<{ a: number; b: number; w: number }>(
    `SELECT i.from_id AS a, i.to_id AS b, sum(i.weight) AS w FROM interaction_edges i JOIN authors f ON f.id = i.from_id
     WHERE f.site_id = ? GROUP BY i.from_id, i.to_id`,
    [siteId],
  );
  return { src: Int32Array.from(rows, (r) => r.a), dst: Int32Array.from(rows, (r) => r.b), weight: Float64Array.from(rows, (r) => r.w) };
}

/** Sites that have follow edges, by id. */
export async function listFollowSites(q: Queryable): Promise<number[]> {
  const rows = await q.all<{ id: number }>('SELECT DISTINCT a.site_id AS id FROM follow_edges e JOIN authors a ON a.id = e.follower_id ORDER BY 1');
  return rows.map((r) => r.id);
}

/** Followers and followees of an author (author ids). */
export async function readNeighbours(q: Queryable, authorId: number): Promise<{ followers: number[]; followees: number[] }> {
  const followers = await q.all<{ id: number }>('SELECT follower_id AS id FROM follow_edges WHERE followee_id = ?', [authorId]);
  const followees = await q.all<{ id: number }>('SELECT followee_id AS id FROM follow_edges WHERE follower_id = ?', [authorId]);
  return { followers: followers.map((r) => r.id), followees: followees.map((r) => r.id) };
}

/** The follow edges among a set of authors (both ends in the set). */
export async function readEdgesAmong(q: Queryable, authorIds: readonly number[]): Promise<Array<[number, number]>> {
  const inSet = new Set(authorIds);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < authorIds.length; i += 10_000) {
    const part = authorIds.slice(i, i + 10_000);
    const rows = await q.all<{ a: number; b: number }>(
      `SELECT follower_id AS a, followee_id AS b FROM follow_edges WHERE follower_id IN (${placeholders(part.length)})`,
      part,
    );
    for (const r of rows) if (inSet.has(r.b)) out.push([r.a, r.b]);
  }
  return out;
}

/** Posts stored per author of a site (authors with at least one post). */
export async function countPostsByAuthor(q: Queryable, siteId: number): Promise<Map<number, number>> {
  const rows = await q.all<{ id: number; n: number }>('SELECT author_id AS id, count(*) AS n FROM posts WHERE site_id = ? GROUP BY author_id', [siteId]);
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** Drops the interaction edges derived from a site's posts (they are re-derived on every compute). */
export async function deleteDerivedInteractions(q: Queryable, siteId: number): Promise<void> {
  await q.run("DELETE FROM interaction_edges WHERE origin = 'posts' AND from_id IN (SELECT id FROM authors WHERE site_id = ?)", [siteId]);
}

/** Derives reply interactions of a site from posts.parent_id: replier → replied-to author, counted; self-replies skipped. */
export async function insertReplyInteractions(q: Queryable, siteId: number): Promise<number> {
  const r = await q.run(
    `INSERT INTO interaction_edges (from_id, to_id, kind, origin, weight)
     SELECT c.author_id, p.author_id, 'reply', 'posts', count(*) FROM posts c JOIN posts p ON p.id = c.parent_id
     WHERE c.site_id = ? AND c.author_id <> p.author_id GROUP BY c.author_id, p.author_id
     ON CONFLICT (from_id, to_id, kind) DO UPDATE SET weight = weight + excluded.weight`,
    [siteId],
  );
  return r.changes;
}

/** A page of a site's posts that contain an `@`, after row id `afterId`, in id order. */
export async function readPostsWithAt(q: Queryable, siteId: number, afterId: number, limit: number): Promise<Array<{ id: number; authorId: number; text: string }>> {
  return q.all(
    "SELECT id, author_id AS authorId, text FROM posts WHERE site_id = ? AND id > ? AND instr(text, '@') > 0 ORDER BY id LIMIT ?",
    [siteId, afterId, limit],
  );
}

/** Author ids of a site by lower-cased handle, for the handles given (lower-case); unknown handles are absent. */
export async function findAuthorsByHandle(q: Queryable, siteId: number, handles: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < handles.length; i += 30_000) {
    const part = handles.slice(i, i + 30_000);
    const rows = await q.all<{ id: number; h: string }>(
      `SELECT id, lower(handle) AS h FROM authors WHERE site_id = ? AND lower(handle) IN (${placeholders(part.length)})`,
      [siteId, ...part],
    );
    for (const r of rows) if (!out.has(r.h)) out.set(r.h, r.id);
  }
  return out;
}

/** Authors stored for a site (posters and stubs). */
export async function countSiteAuthors(q: Queryable, siteId: number): Promise<number> {
  const r = await q.get<{ n: number }>('SELECT count(*) AS n FROM authors WHERE site_id = ?', [siteId]);
  return r?.n ?? 0;
}
