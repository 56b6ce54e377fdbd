import { createEdgeListBuilder, type EdgeList, type EdgeListBuilder } from '../../../shared/reach/edgeList';
import { openSource, readSourceLines, type OpenedSource } from './readSource';
import { parseCsvLine } from './edgeLines';
import { SnapReader } from './snapReader';
import { JsonTokenizer } from './jsonTokens';
import { createBrandJsonReader } from './brandJson';
import { createGexfReader } from './gexfReader';

/** Edge file formats: SNAP `A B`, SNAP weighted `A B w`, CSV `follower,followee`, brand follower JSON, GEXF. */
export type EdgeFileFormat = 'snap' | 'snap-weighted' | 'csv' | 'brand-json' | 'gexf';

/** Every accepted format name. */
export const EDGE_FILE_FORMATS: readonly EdgeFileFormat[] = ['snap', 'snap-weighted', 'csv', 'brand-json', 'gexf'];

/** A line (or JSON/XML entry, by the line it starts on) that was skipped. */
export interface MalformedEntry {
  line: number;
  reason: string;
  /** The line's text (first 200 characters); empty for JSON and GEXF entries. */
  text: string;
}

/** Progress of a parse. */
export interface ParseProgress {
  /** Bytes of the file read (compressed bytes for .gz). */
  bytesRead: number;
  totalBytes: number;
  lines: number;
  edges: number;
}

/** Options of {@link parseEdgeFile}. */
export interface ParseEdgeFileOptions {
  /** Default: guessed from the file name ({@link guessEdgeFormat}). */
  format?: EdgeFileFormat;
  /** Keep weights. Default true for snap-weighted; CSV then expects a third `weight` column. */
  weighted?: boolean;
  onProgress?: (progress: ParseProgress) => void;
  /** Lines between progress calls for line formats. Default 100,000. */
  progressEvery?: number;
  /** Malformed entries kept in the report (all are counted). Default 1000. */
  maxMalformedKept?: number;
}

/** What a parse found, JSON-safe. */
export interface EdgeFileReport {
  file: string;
  format: EdgeFileFormat;
  /** Edges read (self-loops and duplicates included; the graph builder counts those). */
  edges: number;
  /** Accounts seen, including declared nodes without edges (stub authors). */
  nodes: number;
  lines: number;
  malformedCount: number;
  malformed: MalformedEntry[];
  /** Node labels that differ from ids (GEXF). */
  labels: Record<string, string>;
  /** Set when the file could not be read to the end (broken JSON); what came before is kept. */
  aborted: string | null;
}

/** Guesses the format from the file name (`.gz` ignored): .csv, .json, .gexf, else SNAP. */
export function guessEdgeFormat(file: string): EdgeFileFormat {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.json')) return 'brand-json';
  if (name.endsWith('.gexf')) return 'gexf';
  return 'snap';
}

interface Context {
  builder: EdgeListBuilder;
  report: EdgeFileReport;
  source: OpenedSource;
  options: ParseEdgeFileOptions;
}

/**
 * Streams an edge file (gunzipping `.gz`) into an {@link EdgeList} without holding the file in
 * memory; malformed entries are reported with their line numbers and the rest is imported.
 */
export async function parseEdgeFile(file: string, options: ParseEdgeFileOptions = {}): Promise<{ edges: EdgeList; report: EdgeFileReport }> {
  const format = options.format ?? guessEdgeFormat(file);
  const weighted = options.weighted ?? format === 'snap-weighted';
  const builder = createEdgeListBuilder({ weighted, capacity: 1 << 16 });
  const report: EdgeFileReport = { file, format, edges: 0, nodes: 0, lines: 0, malformedCount: 0, malformed: [], labels: {}, aborted: null };
  const ctx: Context = { builder, report, source: openSource(file, format === 'snap' || format === 'snap-weighted'), options };
  try {
    if (format === 'brand-json' || format === 'gexf') await readStructured(ctx, format);
    else if (format === 'csv') await readCsv(ctx, weighted);
    else await readSnap(ctx, weighted);
  } finally {
    ctx.source.stream.destroy();
  }
  const edges = builder.build();
  report.edges = edges.src.length;
  report.nodes = edges.ids.length;
  options.onProgress?.(progressOf(ctx));
  return { edges, report };
}

async function readCsv(ctx: Context, weighted: boolean): Promise<void> {
  const every = ctx.options.progressEvery ?? 100_000;
  let first = true;
  for await (const line of readSourceLines(ctx.source)) {
    const lineNo = ++ctx.report.lines;
    const parsed = parseCsvLine(line, weighted, first);
    if (parsed.kind === 'edge') ctx.builder.addEdge(parsed.follower, parsed.followee, parsed.weight);
    else if (parsed.kind === 'bad') addMalformed(ctx, lineNo, parsed.reason, line);
    if (line.trim() !== '') first = false;
    if (lineNo % every === 0) ctx.options.onProgress?.(progressOf(ctx));
  }
}

async function readSnap(ctx: Context, weighted: boolean): Promise<void> {
  const every = ctx.options.progressEvery ?? 100_000;
  const reader = new SnapReader(ctx.builder, weighted, (line, reason, text) => addMalformed(ctx, line, reason, text));
  let next = every;
  for await (const chunk of ctx.source.stream) {
    reader.feed(chunk as Buffer);
    ctx.report.lines = reader.lines();
    if (ctx.report.lines >= next) {
      ctx.options.onProgress?.(progressOf(ctx));
      next = (Math.floor(ctx.report.lines / every) + 1) * every;
    }
  }
  reader.end();
  ctx.report.lines = reader.lines();
}

async function readStructured(ctx: Context, format: 'brand-json' | 'gexf'): Promise<void> {
  const { builder } = ctx;
  const bad = (line: number, reason: string): void => addMalformed(ctx, line, reason, '');
  let feed: (chunk: string) => void;
  let finish: () => void;
  if (format === 'gexf') {
    const reader = createGexfReader({
      node: (id, label) => {
        builder.addNode(id);
        if (label !== null) ctx.report.labels[id] = label;
      },
      edge: (follower, followee, weight) => builder.addEdge(follower, followee, weight),
      bad,
    });
    feed = reader.write;
    finish = reader.close;
  } else {
    const tokenizer = new JsonTokenizer();
    const consume = createBrandJsonReader({ node: (id) => void builder.addNode(id), edge: (a, b) => builder.addEdge(a, b), bad });
    feed = (chunk) => tokenizer.feed(chunk, consume);
    finish = () => tokenizer.end(consume);
  }
  try {
    for await (const chunk of ctx.source.stream) {
      feed(chunk as string);
      ctx.report.lines += countNewlines(chunk as string);
      ctx.options.onProgress?.(progressOf(ctx));
    }
    finish();
  } catch (error) {
    ctx.report.aborted = error instanceof Error ? error.message : String(error);
  }
}

function addMalformed(ctx: Context, line: number, reason: string, text: string): void {
  ctx.report.malformedCount++;
  if (ctx.report.malformed.length < (ctx.options.maxMalformedKept ?? 1000)) ctx.report.malformed.push({ line, reason, text: text.slice(0, 200) });
}

function progressOf(ctx: Context): ParseProgress {
  return { bytesRead: ctx.source.bytesRead(), totalBytes: ctx.source.totalBytes, lines: ctx.report.lines, edges: ctx.builder.edgeCount() };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
