import { createReadStream } from 'node:fs';
import type { CsvItem } from './csvRecords';

/** Longest line we try to read; longer ones are quarantined and reading resumes on the next line. */
export const MAX_LINE_BYTES = 2 * 1024 * 1024;

/**
 * Flattens one JSON object into the string record presets read: strings as-is, numbers and
 * booleans as text, null as empty. A nested object or array makes the record unreadable; the
 * returned string is the reason.
 */
export function toStringRecord(value: unknown): Record<string, string> | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === null || v === undefined) out[k] = '';
    else if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
    else return `field ${k} must be a string, number, boolean or null`;
  }
  return out;
}

/** Turns one line of text into a record item (or the reason it is refused). */
export function parseJsonLine(text: string, line: number, bytes: number): CsvItem {
  const raw = text.slice(0, 2000);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { kind: 'error', line, reason: `bad JSON: ${err instanceof Error ? err.message : String(err)}`, raw, bytes };
  }
  const record = toStringRecord(value);
  if (typeof record === 'string') return { kind: 'error', line, reason: record, raw, bytes };
  return { kind: 'record', line, record, raw: text, bytes };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes one line's bytes into an item; invalid UTF-8 is refused rather than patched. */
function itemOfLine(buf: Buffer, line: number, bytes: number): CsvItem | null {
  const end = buf.length > 0 && buf[buf.length - 1] === 13 ? buf.length - 1 : buf.length;
  const start = line === 1 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  let text: string;
  try {
    text = utf8.decode(buf.subarray(start, end));
  } catch {
    return { kind: 'error', line, reason: 'invalid UTF-8', raw: buf.subarray(start, Math.min(end, 2000)).toString('latin1'), bytes };
  }
  if (text.trim() === '') return null;
  return parseJsonLine(text, line, bytes);
}

/**
 * Streams a JSON Lines file: one item per non-blank line, numbered from 1. Bad JSON, invalid
 * UTF-8 and over-long lines come out as `error` items so the other lines still land.
 */
export async function* readJsonlRecords(file: string): AsyncGenerator<CsvItem> {
  let carry: Buffer[] = [];
  let carried = 0;
  let line = 1;
  let bytes = 0;
  let oversize = false;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
      bytes += nl + 1 - start;
      if (oversize) yield { kind: 'error', line, reason: `line longer than ${MAX_LINE_BYTES} bytes`, raw: Buffer.concat(carry).toString('utf8', 0, 2000), bytes };
      else {
        const item = itemOfLine(Buffer.concat([...carry, chunk.subarray(start, nl)]), line, bytes);
        if (item) yield item;
      }
      carry = [];
      carried = 0;
      oversize = false;
      line++;
      start = nl + 1;
    }
    const rest = chunk.subarray(start);
    bytes += rest.length;
    if (oversize) continue;
    carried += rest.length;
    if (carried > MAX_LINE_BYTES) {
      oversize = true;
      carry = [Buffer.concat([...carry, rest]).subarray(0, 2000)];
    } else carry.push(rest);
  }
  if (oversize) yield { kind: 'error', line, reason: `line longer than ${MAX_LINE_BYTES} bytes`, raw: Buffer.concat(carry).toString('utf8', 0, 2000), bytes };
  else if (carried > 0) {
    const item = itemOfLine(Buffer.concat(carry), line, bytes);
    if (item) yield item;
  }
}
