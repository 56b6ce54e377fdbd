import { EDGE_FORMATS, type EdgeFormat, type GraphImportReport, type LeaderboardRow } from '../../../shared/domain/reach';
import type { ReachTerm } from '../../../shared/reach/reachScore';
import { reachTopN, type RankedReachRow } from '../../../shared/reach/reachTopN';
import { computeReachScore } from '../../../shared/reach/reachScore';
import { AppFailure } from '../../../shared/contract/result';
import { openCore } from '../../core/core';
import { guessEdgeFormat, type EdgeFileFormat, type EdgeFileReport } from '../../core/graph/parseEdgeFile';
import { runReachInWorker } from '../../core/graph/runReachInWorker';
import { resolveDbPath } from '../../core/paths';
import { importEdgeFile } from '../../core/reach/importEdges';
import { readLeaderboard } from '../../core/reach/leaderboard';
import { computeReach } from '../../core/services/reach';
import { intOption, UsageError, type Command } from '../command';

/** One printed row: the account, its metrics and its reach score with terms. */
export interface ReachCliRow {
  rank: number;
  id: string;
  followers: number;
  audience2: number;
  pagerank: number;
  core: number;
  hubLinks: number;
  expectedCascade: number | null;
  cascadeStdError: number | null;
  score: number;
  terms: ReachTerm[];
}

type Values = Record<string, string | boolean | string[] | undefined>;

const formatOf = (values: Values, name: string): EdgeFormat | undefined => {
  const f = values[name] as string | undefined;
  if (f !== undefined && !(EDGE_FORMATS as readonly string[]).includes(f)) throw new UsageError(`--${name} must be one of ${EDGE_FORMATS.join(', ')}, got "${f}"`);
  return f as EdgeFormat | undefined;
};

/** The worker reads follow files itself; CSV with weights is read as plain CSV (follows carry no weight). */
const fileFormat = (f: EdgeFormat | undefined, file: string): EdgeFileFormat => (f === undefined ? guessEdgeFormat(file) : f === 'csv-weighted' ? 'csv' : f);

/** A file from which not one edge could be read: the command fails (exit 1) instead of ranking an empty graph. */
class NothingRead extends Error {}

/** Prints malformed lines as FILE:LINE: reason; throws NothingRead when the file gave no edge at all. */
function reportBad(file: string, count: number, lines: Array<{ line: number; reason: string }>, aborted: string | null, edgesRead: number): void {
  for (const b of lines) process.stderr.write(`${file}:${b.line}: ${b.reason}\n`);
  if (count > lines.length) process.stderr.write(`${file}: ${count - lines.length} more malformed lines not listed\n`);
  if (aborted) process.stderr.write(`${file}: reading stopped early: ${aborted}\n`);
  const malformed = `${count} malformed line${count === 1 ? '' : 's'}`;
  if (edgesRead === 0) throw new NothingRead(`no edge could be read from ${file}${count > 0 ? ` (${malformed})` : ''}`);
  if (count > 0) process.stderr.write(`${file}: ${malformed} skipped; the rest was read\n`);
}

const fromRanked = (r: RankedReachRow, terms: ReachTerm[]): ReachCliRow => ({
  rank: r.rank,
  id: r.id,
  followers: r.followers,
  audience2: r.audience2,
  pagerank: r.pagerank,
  core: r.core,
  hubLinks: r.hubLinks,
  expectedCascade: r.cascade,
  cascadeStdError: r.cascadeStdError,
  score: r.score,
  terms,
});

const fromLeaderboard = (r: LeaderboardRow): ReachCliRow => ({
  rank: r.rank,
  id: r.handle,
  followers: r.followers,
  audience2: r.audience2,
  pagerank: r.pagerank,
  core: r.core,
  hubLinks: r.hubLinks,
  expectedCascade: r.expectedCascade,
  cascadeStdError: r.cascadeStdError,
  score: r.score,
  terms: r.terms,
});

/** Computes the metrics of edge files in a worker thread, without a database. */
async function reachOfFiles(values: Values, top: number): Promise<ReachCliRow[]> {
  const file = values.edges as string;
  const interactionsFile = values.interactions as string | undefined;
  const progress = process.stderr.isTTY && !values.json;
  const out = await runReachInWorker(
    { file, format: fileFormat(formatOf(values, 'format'), file), interactionsFile, interactionsFormat: interactionsFile ? fileFormat(formatOf(values, 'interactions-format') ?? 'snap-weighted', interactionsFile) : undefined },
    {
      cascade: { candidates: Math.max(top, intOption(values, 'cascade-top', 100)), runs: intOption(values, 'cascade-runs', 1000) },
      onProgress: progress ? (p) => process.stderr.write(`\r${p.phase === 'parse' ? `reading ${p.file}: ${p.lines.toLocaleString('en-US')} lines` : `computing ${p.step}`}        `) : undefined,
    },
  );
  if (progress) process.stderr.write('\n');
  for (const report of [out.follows, out.interactions].filter((r): r is EdgeFileReport => r !== null)) reportBad(report.file, report.malformedCount, report.malformed, report.aborted, report.edges);
  const by = values.by === 'score' ? 'score' : 'pagerank';
  const rows = reachTopN(out.result, top, { by });
  return rows.map((r) => fromRanked(r, computeReachScore(r, {}, { nodeCount: out.result.nodeCount }).terms));
}

function printImport(r: GraphImportReport): void {
  process.stderr.write(`${r.file}: ${r.edges} ${r.kind} edges stored, ${r.duplicates} duplicates, ${r.selfLoops} self-loops, ${r.stubAuthors} new stub authors\n`);
  reportBad(r.file, r.badLines, r.bad.filter((b) => !b.reason.startsWith('file ends early')), null, r.edges + r.duplicates + r.selfLoops);
}

/** Imports edge files into the database, computes the site's metrics, and reads the top rows back. */
async function reachInDb(values: Values, top: number): Promise<ReachCliRow[]> {
  const core = await openCore({ dbPath: resolveDbPath(values.db as string | undefined) });
  try {
    const site = values.site as string | undefined;
    let siteId: number | undefined;
    if (values.edges) {
      const r = await importEdgeFile(core.db, { path: values.edges as string, format: formatOf(values, 'format'), site, kind: 'follow' }, core.now);
      printImport(r);
      siteId = r.siteId;
    }
    if (values.interactions) {
      const r = await importEdgeFile(core.db, { path: values.interactions as string, format: formatOf(values, 'interactions-format') ?? 'snap-weighted', site, kind: 'interaction' }, core.now);
      printImport(r);
      siteId = r.siteId;
    }
    await computeReach(core, { siteId, cascadeCandidates: Math.max(top, intOption(values, 'cascade-top', 100)), cascadeRuns: intOption(values, 'cascade-runs', 1000) });
    const board = await readLeaderboard(core.db, { siteId, by: values.by === 'score' ? 'score' : 'pagerank', limit: Math.min(Math.max(top, 1), 1000) });
    return board.rows.slice(0, top).map(fromLeaderboard);
  } finally {
    await core.close();
  }
}

const num = (x: number | null, digits: number): string => (x === null ? '-' : x.toFixed(digits));

function printTable(rows: ReachCliRow[]): void {
  const head = ['rank', 'id', 'followers', 'audience2', 'pagerank', 'core', 'hubLinks', 'cascade', 'score'];
  const cells = rows.map((r) => [String(r.rank), r.id, String(r.followers), String(r.audience2), r.pagerank.toFixed(6), String(r.core), String(r.hubLinks), num(r.expectedCascade, 2), r.score.toFixed(3)]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]): string => c.map((v, i) => (i === 1 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  process.stdout.write(`${[line(head), ...cells.map(line)].join('\n')}\n`);
  process.stdout.write('score = Σ weight × log10(1 + term): audience2 1, pagerank×n 1, core 0.5, hubLinks 0.5, cascade 1 (followers shown, never scored)\n');
}

/** `reach`: top authors of a follow graph by PageRank, with every reach metric. */
export const reachCommand: Command = {
  name: 'reach',
  summary: 'reach metrics of a follow graph: top authors by PageRank (or reach score)',
  usage: `reach --edges FILE [--format ${EDGE_FORMATS.join('|')}] [--top N] [--json]
             [--interactions FILE [--interactions-format F]] [--by pagerank|score]
             [--cascade-top K] [--cascade-runs R] [--db FILE [--site NAME]]

Reads a follow edge list (SNAP "A B" = A follows B; CSV follower,followee; GEXF; brand follower
JSON; .gz files are gunzipped) and prints the top N accounts (default 10) by PageRank with
followers, audience2 (accounts within two follow hops), PageRank, k-core, hub links, expected
cascade size (top K by PageRank, Monte Carlo) and the reach score with its terms. Metrics run in a
worker thread. --interactions adds a weighted reply/mention network ("A B w") that sets the cascade
probabilities. Malformed lines are reported on stderr as FILE:LINE: reason and skipped; the
command still exits 0 when the rest of the file was read, and exits 1 only when not one edge
could be read from a file (all lines malformed, or an empty file).
Self-loops are dropped; duplicate edges count once.
With --db the edges are imported into the database (ids unknown there become stub authors of
--site, default twitter), the site's metrics are computed and stored, and the top N are printed.`,
  options: {
    edges: { type: 'string' },
    format: { type: 'string' },
    interactions: { type: 'string' },
    'interactions-format': { type: 'string' },
    top: { type: 'string' },
    by: { type: 'string' },
    'cascade-top': { type: 'string' },
    'cascade-runs': { type: 'string' },
    json: { type: 'boolean' },
    db: { type: 'string' },
    site: { type: 'string' },
  },
  async run(values) {
    const top = intOption(values, 'top', 10);
    if (values.by !== undefined && values.by !== 'pagerank' && values.by !== 'score') throw new UsageError('--by must be pagerank or score');
    if (!values.edges && !values.db) throw new UsageError('name the follow edges with --edges FILE');
    formatOf(values, 'format');
    formatOf(values, 'interactions-format');
    let rows: ReachCliRow[];
    try {
      rows = values.db ? await reachInDb(values, top) : await reachOfFiles(values, top);
    } catch (err) {
      if (err instanceof AppFailure || err instanceof NothingRead || (err instanceof Error && /ENOENT/.test(err.message))) {
        process.stderr.write(`reach failed: ${err.message}\n`);
        return 1;
      }
      throw err;
    }
    if (values.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
    else printTable(rows);
    return 0;
  },
};
