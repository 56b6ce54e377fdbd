import { createReadStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';

/** One CSV record, or a row that could not be parsed, with the file line it starts on. */
export type CsvItem =
  | { kind: 'record'; line: number; record: Record<string, string>; raw: string; bytes: number }
  | { kind: 'error'; line: number; reason: string; raw: string; bytes: number };

/** Largest record we try to parse; bigger ones are quarantined and parsing resumes on the next line. */
export const MAX_RECORD_CHARS = 2 * 1024 * 1024;

/**
 * Bytes read (and parsed in one go) at a time. Small enough that parsing one chunk holds the JS
 * thread well under a millisecond: an import parses while SQLite writes the previous batch, and
 * every statement of that batch waits for the JS thread to hand it the next one (1 MB chunks
 * held it ~25 ms at a time). 200k-row bench: 1 MB 15.6–15.9 s, 64 KB 9.6–10.4 s, 16 KB 8.9–9.6 s.
 */
const READ_CHUNK_BYTES = 16 * 1024;

/** Errors after which csv-parse cannot continue the same stream; we restart after the bad line. */
const FATAL = new Set(['CSV_QUOTE_NOT_CLOSED', 'CSV_MAX_RECORD_SIZE', 'CSV_INVALID_CLOSING_QUOTE']);

/** Drops the first `skip` lines of a byte stream and counts bytes passed on. */
class SkipLines extends Transform {
  private left: number;
  /** Bytes read from the source so far (including skipped ones). */
  bytes = 0;
  constructor(skip: number) {
    super();
    this.left = skip;
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    let start = 0;
    while (this.left > 0 && start < chunk.length) {
      const nl = chunk.indexOf(10, start);
      if (nl < 0) return done();
      start = nl + 1;
      this.left--;
    }
    done(null, start === 0 ? chunk : chunk.subarray(start));
  }
}

/** Reads the header line (first line) of a CSV file. */
async function readHeader(file: string): Promise<string[] | null> {
  const parser = createReadStream(file).pipe(parse({ bom: true, to_line: 1, relax_quotes: true }));
  for await (const rec of parser) return (rec as string[]).map((h) => h.trim());
  return null;
}

interface Pass {
  items: CsvItem[];
  restartAt: number | null;
}

/**
 * Streams the records of a CSV file with a header row. Malformed rows come out as `error` items
 * with a reason instead of stopping the file: for errors csv-parse cannot recover from (unclosed
 * quote, oversized record) parsing restarts on the line after the one the bad record began on.
 */
export async function* readCsvRecords(file: string): AsyncGenerator<CsvItem> {
  const header = await readHeader(file);
  if (!header) return;
  let from = 2;
  while (from > 0) {
    let restartAt: number | null = null;
    for await (const batch of parsePass(file, header, from)) {
      yield* batch.items;
      restartAt = batch.restartAt;
    }
    from = restartAt ?? 0;
  }
}

interface Parsed {
  record: Record<string, string>;
  raw: string;
  info: { lines: number };
}

interface SkipError {
  end: number;
  reason: string;
  raw: string;
}

async function* parsePass(file: string, header: string[], fromLine: number): AsyncGenerator<Pass> {
  const skipper = new SkipLines(fromLine - 1);
  const base = fromLine - 1;
  const errors: SkipError[] = [];
  let fatal: SkipError | null = null;
  const parser = parse({
    columns: header,
    bom: true,
    info: true,
    raw: true,
    relax_quotes: true,
    skip_records_with_error: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_CHARS,
  });
  parser.on('skip', (err: Error & { code?: string; lines?: number; raw?: string }) => {
    const e = { end: base + (err.lines ?? 0), reason: describe(err), raw: (err.raw ?? '').slice(0, 2000) };
    if (err.code && FATAL.has(err.code)) fatal ??= e;
    else errors.push(e);
  });
  createReadStream(file, { highWaterMark: READ_CHUNK_BYTES }).pipe(skipper).pipe(parser);
  // Records come out of the parser's buffer later than 'skip' events fire, so errors are merged
  // back in by line: a record or error starts on the line after the previous one ended.
  let lastEnd = base;
  let pending: CsvItem[] = [];
  const drainErrors = (before: number): void => {
    while (errors.length && errors[0].end < before) {
      const e = errors.shift() as SkipError;
      pending.push({ kind: 'error', line: lastEnd + 1, reason: e.reason, raw: e.raw, bytes: skipper.bytes });
      lastEnd = e.end;
    }
  };
  for await (const out of parser as AsyncIterable<Parsed>) {
    const end = base + out.info.lines;
    drainErrors(end);
    pending.push({ kind: 'record', line: lastEnd + 1, record: out.record, raw: out.raw, bytes: skipper.bytes });
    lastEnd = end;
    if (pending.length >= 1000) {
      yield { items: pending, restartAt: null };
      pending = [];
    }
  }
  drainErrors(Number.POSITIVE_INFINITY);
  const f = fatal as SkipError | null;
  if (f) pending.push({ kind: 'error', line: lastEnd + 1, reason: f.reason, raw: f.raw, bytes: skipper.bytes });
  yield { items: pending, restartAt: f ? lastEnd + 2 : null };
}

function describe(err: Error & { code?: string }): string {
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'broken quoting: a quoted field is never closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'broken quoting: text after a closing quote';
    case 'CSV_MAX_RECORD_SIZE':
      return `row longer than ${MAX_RECORD_CHARS} characters`;
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return `wrong number of columns (${err.message.replace(/^.*columns length is (\d+), got (\d+).*$/s, 'expected $1, got $2')})`;
    default:
      return err.message;
  }
}
