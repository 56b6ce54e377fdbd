import { createReadStream } from 'node:fs';
import Papa from 'papaparse';

/** One CSV record, or a row that could not be parsed, with the file line it starts on. */
export type CsvItem =
  | { kind: 'record'; line: number; record: Record<string, string>; raw: string; bytes: number }
  | { kind: 'error'; line: number; reason: string; raw: string; bytes: number };

/** Largest record we try to parse; bigger ones are quarantined and parsing resumes on the next line. */
export const MAX_RECORD_CHARS = 2 * 1024 * 1024;

/**
 * Bytes read (and parsed in one go) at a time. Papa Parse reads 64 KB in about a millisecond, so
 * an import still hands SQLite its next statement promptly while it parses the next batch.
 */
const READ_CHUNK_BYTES = 64 * 1024;

const REASONS: Record<string, string> = {
  MissingQuotes: 'broken quoting: a quoted field is never closed',
  InvalidQuotes: 'broken quoting: text after a closing quote',
};

/** Newlines in s[from, to). */
function countLines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** The text of a row without its line break (a slice, not a copy: no regular expression here). */
function rawOf(s: string, from: number, to: number): string {
  let end = to;
  if (end > from && s.charCodeAt(end - 1) === 10) end--;
  if (end > from && s.charCodeAt(end - 1) === 13) end--;
  return s.slice(from, end);
}

interface Broken {
  at: number;
  code: string;
}

/**
 * Turns decoded text into CSV items as it arrives: the first row is the header, every later row
 * becomes a record or an error with the line it starts on. Text after the last complete row waits
 * for the next chunk. A row with broken quoting is reported and parsing restarts on the line after
 * the one it began on (as a reader of the file would), so one bad quote cannot swallow the file.
 */
class CsvScanner {
  private header: string[] | null = null;
  private pending = '';
  /** File line the pending text starts on. */
  private line = 1;
  private newline: '\n' | '\r\n' | null = null;
  /** Bytes of the file read so far (progress). */
  bytes = 0;
  private out: CsvItem[] = [];

  /** Items found since the last call. */
  take(): CsvItem[] {
    const items = this.out;
    this.out = [];
    return items;
  }

  /** Parses the pending text plus `text`; at `eof` the rest is the last row. */
  feed(text: string, eof: boolean): void {
    const input = this.pending + text;
    if (this.newline === null) {
      const nl = input.indexOf('\n');
      if (nl < 0 && !eof) return void (this.pending = input);
      this.newline = nl > 0 && input[nl - 1] === '\r' ? '\r\n' : '\n';
    }
    let pos = 0;
    for (;;) {
      const restart = this.scan(input, pos, eof);
      if (restart === null) break;
      pos = restart;
    }
    this.pending = input.slice(this.consumed);
    if (!eof && this.pending.length > MAX_RECORD_CHARS) {
      this.fail(this.pending, 0, this.pending.length, `row longer than ${MAX_RECORD_CHARS} characters`);
      const nl = this.pending.indexOf('\n');
      this.pending = nl < 0 ? '' : this.pending.slice(nl + 1);
      this.line++;
      this.feed('', false);
    }
  }

  /** End of the rows taken from the current input. */
  private consumed = 0;

  /** Parses input from `from`; returns where to restart after a broken row, or null when done. */
  private scan(input: string, from: number, eof: boolean): number | null {
    let cur = from;
    let broken: Broken | null = null;
    const parser = new Papa.Parser({
      delimiter: ',',
      newline: this.newline ?? '\n',
      step: (res: { data: string[][]; errors: { code: string }[]; meta: { cursor: number } }) => {
        const end = from + res.meta.cursor;
        if (res.errors.length) {
          broken = { at: cur, code: res.errors[0].code };
          return parser.abort();
        }
        this.take1(res.data[0], input, cur, end);
        cur = end;
      },
    });
    const res = parser.parse(from === 0 ? input : input.slice(from), 0, !eof) as { errors: { code: string }[] };
    this.consumed = cur;
    // A row still open at the end of the text that already has bad quoting is broken whatever follows.
    if (!broken && !eof && res.errors.some((e) => e.code === 'InvalidQuotes')) broken = { at: cur, code: 'InvalidQuotes' };
    if (!broken) return null;
    const { at, code } = broken as Broken;
    const nl = input.indexOf('\n', at);
    if (!eof && nl < 0) return null; // its first line is not complete yet: wait for more text
    const end = nl < 0 ? input.length : nl + 1;
    this.fail(input, at, end, REASONS[code] ?? `unreadable row (${code})`);
    this.line++;
    this.consumed = end;
    return end < input.length ? end : null;
  }

  /** One parsed row: the header, a record, or an error; advances the line count past it. */
  private take1(row: string[], input: string, start: number, end: number): void {
    const line = this.line;
    this.line += countLines(input, start, end);
    if (row.length === 1 && row[0] === '') return; // empty line
    if (this.header === null) {
      this.header = row.map((h) => h.trim());
      return;
    }
    const header = this.header;
    if (row.length !== header.length) return this.fail(input, start, end, `wrong number of columns (expected ${header.length}, got ${row.length})`, line);
    if (end - start > MAX_RECORD_CHARS) return this.fail(input, start, end, `row longer than ${MAX_RECORD_CHARS} characters`, line);
    const record: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) record[header[i]] = row[i];
    this.out.push({ kind: 'record', line, record, raw: rawOf(input, start, end), bytes: this.bytes });
  }

  private fail(input: string, start: number, end: number, reason: string, line = this.line): void {
    this.out.push({ kind: 'error', line, reason, raw: rawOf(input, start, Math.min(end, start + 2000)), bytes: this.bytes });
  }
}

/**
 * Streams the records of a CSV file with a header row (Papa Parse), a read chunk's worth at a time
 * (one await per few hundred rows instead of one per row). Malformed rows come out as `error`
 * items with a reason instead of stopping the file; after broken quoting or an oversized row,
 * parsing restarts on the line after the one the bad row began on. Invalid UTF-8 is decoded to
 * U+FFFD (presets refuse text containing it); a byte order mark is dropped.
 */
export async function* readCsvChunks(file: string): AsyncGenerator<CsvItem[]> {
  const scanner = new CsvScanner();
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of createReadStream(file, { highWaterMark: READ_CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    scanner.bytes += chunk.length;
    scanner.feed(decoder.decode(chunk, { stream: true }), false);
    yield scanner.take();
  }
  scanner.feed(decoder.decode(), true);
  yield scanner.take();
}

/** The records of a CSV file one by one (see readCsvChunks). */
export async function* readCsvRecords(file: string): AsyncGenerator<CsvItem> {
  for await (const items of readCsvChunks(file)) yield* items;
}
