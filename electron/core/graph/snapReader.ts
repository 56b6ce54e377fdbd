import type { EdgeListBuilder } from '../../../shared/reach/edgeList';

/** Receives malformed SNAP lines. */
export type SnapBadLine = (line: number, reason: string, text: string) => void;

const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;
const HASH = 35;
const MAX_FIELDS = 4;

/**
 * Byte-level reader of SNAP edge lists: `A B` (A follows B) or `A B w` when `weighted`; fields
 * separated by spaces or tabs; `#` starts a comment; blank lines skipped; CRLF accepted. Canonical
 * decimal ids are interned straight from the bytes (no string per field), which makes 10M-line
 * files several times faster than readline + split. Weights must be finite and ≥ 0.
 */
export class SnapReader {
  private carry: Buffer | null = null;
  private lineNo = 0;
  private readonly starts = new Int32Array(MAX_FIELDS);
  private readonly ends = new Int32Array(MAX_FIELDS);
  private readonly values = new Int32Array(MAX_FIELDS);

  constructor(
    private readonly builder: EdgeListBuilder,
    private readonly weighted: boolean,
    private readonly bad: SnapBadLine,
  ) {}

  /** Lines read so far. */
  lines(): number {
    return this.lineNo;
  }

  /** Reads every complete line of the chunk; keeps a trailing partial line for the next one. */
  feed(chunk: Buffer): void {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(LF, from); nl >= 0; nl = buf.indexOf(LF, from)) {
      this.readLine(buf, from, nl);
      from = nl + 1;
    }
    this.carry = from < buf.length ? Buffer.from(buf.subarray(from)) : null;
  }

  /** Reads the last line when the file does not end with a newline. */
  end(): void {
    if (this.carry) this.readLine(this.carry, 0, this.carry.length);
    this.carry = null;
  }

  private readLine(buf: Buffer, from: number, to: number): void {
    this.lineNo++;
    if (this.lineNo === 1 && buf[from] === 0xef && buf[from + 1] === 0xbb && buf[from + 2] === 0xbf) from += 3;
    const fields = this.splitFields(buf, from, to);
    if (fields === 0 || buf[this.starts[0]] === HASH) return;
    const expected = this.weighted ? 3 : 2;
    if (fields !== expected) return this.bad(this.lineNo, `expected ${expected} fields, got ${fields > 3 ? 'more than 3' : fields}`, buf.toString('utf8', from, to));
    let weight = 1;
    if (this.weighted) {
      const text = buf.toString('latin1', this.starts[2], this.ends[2]);
      weight = Number(text);
      if (!Number.isFinite(weight) || weight < 0) return this.bad(this.lineNo, `bad weight "${text.slice(0, 40)}"`, buf.toString('utf8', from, to));
    }
    this.builder.addEdgeByIndex(this.intern(buf, 0), this.intern(buf, 1), weight);
  }

  /** Finds up to MAX_FIELDS fields; returns how many (MAX_FIELDS means "more than 3"). */
  private splitFields(buf: Buffer, from: number, to: number): number {
    let count = 0;
    let i = from;
    while (count < MAX_FIELDS) {
      while (i < to && (buf[i] === SPACE || buf[i] === TAB || buf[i] === CR)) i++;
      if (i >= to) break;
      this.starts[count] = i;
      let value = buf[i] === 48 ? (i + 1 < to && isIdByte(buf[i + 1]) ? -1 : 0) : 0;
      for (; i < to && isIdByte(buf[i]); i++) {
        const d = buf[i] - 48;
        if (value < 0 || d < 0 || d > 9 || i - this.starts[count] >= 9) value = -1;
        else value = value * 10 + d;
      }
      this.ends[count] = i;
      this.values[count++] = value;
    }
    return count;
  }

  private intern(buf: Buffer, field: number): number {
    const value = this.values[field];
    return value >= 0 ? this.builder.addNumericNode(value) : this.builder.addNode(buf.toString('utf8', this.starts[field], this.ends[field]));
  }
}

function isIdByte(b: number): boolean {
  return b !== SPACE && b !== TAB && b !== CR;
}
