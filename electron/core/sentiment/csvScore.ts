import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Reason, SentimentScore } from '../../../shared/sentiment/types';
import { readCsvRecords } from '../ingest/csvRecords';
import type { Scorer } from './model';

/** The columns `score` writes, in order. */
export const SCORE_COLUMNS = ['label', 'score', 'confidence', 'language', 'reasons'] as const;

/** Quotes a CSV field when it needs it (RFC 4180: comma, quote, line break, or edge spaces). */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (with its line break) from fields. */
export function csvLine(fields: readonly (string | number)[]): string {
  return `${fields.map(csvField).join(',')}\n`;
}

/** Reasons as one readable cell: `delayed -1.2; thanks +0.8 (sarcasm)`. */
export function formatReasons(reasons: readonly Reason[]): string {
  return reasons
    .map((r) => {
      const weight = r.weight === 0 ? '' : ` ${r.weight > 0 ? '+' : ''}${r.weight}`;
      return `${r.text.replace(/\s+/g, ' ')}${weight}${r.note ? ` (${r.note})` : ''}`;
    })
    .join('; ');
}

/** The output row of one score. */
export function scoreRow(s: SentimentScore): string {
  return csvLine([s.label, s.score, s.confidence, s.language, formatReasons(s.reasons)]);
}

/** Reads the header row of a CSV file (trimmed names); empty for an empty file. */
export async function readCsvHeader(file: string): Promise<string[]> {
  const parser = createReadStream(file).pipe(parse({ bom: true, to_line: 1, relax_quotes: true }));
  let header: string[] = [];
  for await (const rec of parser) header = (rec as string[]).map((h) => h.trim());
  return header;
}

/** Thrown when a CSV lacks a column the command needs; the message names it and the columns found. */
export class MissingColumnError extends Error {}

/** Refuses a header without the named columns, naming each missing one. */
export function requireColumns(file: string, header: readonly string[], needed: readonly string[]): void {
  const missing = needed.filter((c) => !header.includes(c));
  if (missing.length === 0) return;
  const found = header.length ? header.join(', ') : 'none (the file is empty)';
  throw new MissingColumnError(`${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')} (columns found: ${found})`);
}

/** Totals of one scoring run. */
export interface CsvScoreSummary {
  rows: number;
  /** Rows the CSV parser could not read; they are written as neutral with the reason. */
  unreadable: number;
}

/**
 * Scores the text column of a CSV file row by row and writes one output row per input row, in
 * input order, streaming both ways (a huge file never sits in memory). Rows the parser cannot read
 * (broken quoting, wrong column count) still get an output row: neutral, confidence 0, the reason.
 */
export async function scoreCsvFile(file: string, textColumn: string, scorer: Scorer, out: Writable): Promise<CsvScoreSummary> {
  requireColumns(file, await readCsvHeader(file), [textColumn]);
  const summary: CsvScoreSummary = { rows: 0, unreadable: 0 };
  let buffer = csvLine(SCORE_COLUMNS);
  for await (const item of readCsvRecords(file)) {
    summary.rows++;
    if (item.kind === 'record') buffer += scoreRow(scorer.score(item.record[textColumn] ?? ''));
    else {
      summary.unreadable++;
      buffer += csvLine(['neutral', 0, 0, 'und', `unreadable CSV row at line ${item.line}: ${item.reason}`]);
    }
    if (buffer.length >= 64 * 1024) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  if (buffer && !out.write(buffer)) await once(out, 'drain');
  return summary;
}
