import { stat } from 'node:fs/promises';
import { AppFailure } from '../../../shared/contract/result';
import type { EdgeFormat, GraphImportReport, GraphKind, ReachImportRequest } from '../../../shared/domain/reach';
import type { EdgeList } from '../../../shared/reach/edgeList';
import type { Db } from '../db/database';
import { guessEdgeFormat, parseEdgeFile, type EdgeFileFormat, type ParseProgress } from '../graph/parseEdgeFile';
import { authorIdOf, ensureAuthors } from '../repos/authors';
import { countSiteAuthors, finishGraphSource, insertFollowEdges, insertGraphSource, insertInteractionEdges } from '../repos/edges';
import { ensureSites } from '../repos/sites';

/** Progress of an edge import: parsing the file, then storing edges. */
export interface EdgeImportProgress {
  phase: 'parse' | 'store';
  done: number;
  total: number;
}

/** Default site of edge files that do not say. */
export const DEFAULT_GRAPH_SITE = 'twitter';
const BATCH = 50_000;
const AUTHOR_CHUNK = 2_000;

const parserFormat = (f: EdgeFormat): { format: EdgeFileFormat; weighted: boolean } =>
  f === 'csv-weighted' ? { format: 'csv', weighted: true } : { format: f, weighted: f === 'snap-weighted' };

/**
 * Imports an edge file into the database: the file is streamed and parsed (malformed lines
 * reported with their numbers, the rest kept), ids become authors of the site (unknown ids are
 * kept as stub authors without posts), and edges are stored in batches of 50,000 per
 * transaction. Rules: self-loops are dropped and counted; a follow edge already stored (or
 * repeated in the file) is a duplicate, stored once; repeated interaction pairs add their weights.
 */
export async function importEdgeFile(db: Db, req: ReachImportRequest, now: () => number, onProgress?: (p: EdgeImportProgress) => void): Promise<GraphImportReport> {
  await stat(req.path).catch(() => {
    throw new AppFailure('not-found', `no such file: ${req.path}`, 'path');
  });
  const t0 = now();
  const format = req.format ?? guessEdgeFormat(req.path);
  const { edges, report } = await parseEdgeFile(req.path, {
    ...parserFormat(format),
    maxMalformedKept: 100,
    onProgress: onProgress && ((p: ParseProgress) => onProgress({ phase: 'parse', done: p.bytesRead, total: p.totalBytes })),
  });
  if (report.aborted !== null && edges.src.length === 0) throw new AppFailure('invalid-request', `${req.path}: ${report.aborted}`, 'path');
  const kind = req.kind ?? (edges.weight ? 'interaction' : 'follow');
  const site = req.site ?? DEFAULT_GRAPH_SITE;
  const siteId = (await ensureSites(db, [site], now())).get(site) as number;
  const sourceId = await insertGraphSource(db, { siteId, kind, file: req.path, format, importedAt: now() });
  const { authorIds, stubAuthors } = await resolveAuthors(db, siteId, edges.ids);
  const stored = await storeEdges(db, edges, authorIds, kind, sourceId, onProgress);
  const counts = { linesRead: report.lines, stubAuthors, badLines: report.malformedCount, ...stored };
  await finishGraphSource(db, sourceId, counts);
  const bad = report.malformed.map((m) => ({ line: m.line, reason: m.reason }));
  if (report.aborted !== null) bad.push({ line: report.lines, reason: `file ends early: ${report.aborted}` });
  return { sourceId, siteId, site, kind, file: req.path, format, ...counts, bad, millis: now() - t0 };
}

/** Author ids of every node (index-aligned), creating stub authors for ids never seen on the site. */
async function resolveAuthors(db: Db, siteId: number, ids: readonly string[]): Promise<{ authorIds: Int32Array; stubAuthors: number }> {
  const before = await countSiteAuthors(db, siteId);
  const cache = new Map<string, number>();
  const authorIds = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i += BATCH) {
    const part = ids.slice(i, i + BATCH);
    await db.transaction(async (tx) => {
      // Small calls: ensureAuthors groups handles by site with an array spread per handle (quadratic in the call size).
      for (let j = 0; j < part.length; j += AUTHOR_CHUNK) {
        await ensureAuthors(tx, part.slice(j, j + AUTHOR_CHUNK).map((handle) => ({ siteId, handle, followers: null })), cache);
      }
    });
    part.forEach((handle, j) => (authorIds[i + j] = authorIdOf(cache, siteId, handle)));
  }
  return { authorIds, stubAuthors: (await countSiteAuthors(db, siteId)) - before };
}

async function storeEdges(
  db: Db,
  edges: EdgeList,
  authorIds: Int32Array,
  kind: GraphKind,
  sourceId: number,
  onProgress?: (p: EdgeImportProgress) => void,
): Promise<{ edges: number; selfLoops: number; duplicates: number }> {
  const m = edges.src.length;
  let selfLoops = 0;
  let stored = 0;
  for (let i = 0; i < m; i += BATCH) {
    const pairs: Array<[number, number]> = [];
    const weights: number[] = [];
    for (let k = i; k < Math.min(m, i + BATCH); k++) {
      const a = authorIds[edges.src[k]];
      const b = authorIds[edges.dst[k]];
      if (a === b) selfLoops++;
      else {
        pairs.push([a, b]);
        weights.push(edges.weight ? edges.weight[k] : 1);
      }
    }
    stored += await db.transaction((tx) =>
      kind === 'follow'
        ? insertFollowEdges(tx, pairs, sourceId)
        : insertInteractionEdges(tx, pairs.map(([fromId, toId], k) => ({ fromId, toId, kind: 'file' as const, weight: weights[k] })), 'file'),
    );
    onProgress?.({ phase: 'store', done: Math.min(m, i + BATCH), total: m });
  }
  if (kind === 'interaction') stored = countInteractionPairs(edges, authorIds);
  return { edges: stored, selfLoops, duplicates: m - selfLoops - stored };
}

/** Distinct non-self pairs of an interaction file (an upsert reports a change for every row, new or not). */
function countInteractionPairs(edges: EdgeList, authorIds: Int32Array): number {
  const seen = new Set<string>();
  for (let k = 0; k < edges.src.length; k++) {
    const a = authorIds[edges.src[k]];
    const b = authorIds[edges.dst[k]];
    if (a !== b) seen.add(`${a} ${b}`);
  }
  return seen.size;
}
