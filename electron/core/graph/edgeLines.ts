/** One parsed edge line, a line to skip (blank, comment, header), or why it is malformed. */
export type EdgeLine = { kind: 'edge'; follower: string; followee: string; weight: number } | { kind: 'skip' } | { kind: 'bad'; reason: string };

const SKIP: EdgeLine = { kind: 'skip' };

/** Header names accepted in the first line of an edge CSV (case-insensitive). */
const FOLLOWER_HEADERS = new Set(['follower', 'follower_id', 'source', 'src', 'from']);
const FOLLOWEE_HEADERS = new Set(['followee', 'followee_id', 'following', 'target', 'dst', 'to']);

/**
 * Edge CSV line `follower,followee` (plus `,weight` when `weighted`). Fields may be quoted with
 * `"` (doubled `""` inside). The first line is a header, and skipped, when its first two fields
 * are known column names (follower/source/src/from, followee/following/target/dst/to).
 */
export function parseCsvLine(line: string, weighted: boolean, firstLine: boolean): EdgeLine {
  if (line.trim() === '') return SKIP;
  const fields = splitCsvLine(line.replace(/^\uFEFF/, ''));
  if (fields === null) return { kind: 'bad', reason: 'unbalanced quotes' };
  if (firstLine && FOLLOWER_HEADERS.has(fields[0].trim().toLowerCase()) && FOLLOWEE_HEADERS.has((fields[1] ?? '').trim().toLowerCase())) return SKIP;
  const expected = weighted ? 3 : 2;
  if (fields.length !== expected) return { kind: 'bad', reason: `expected ${expected} fields, got ${fields.length}` };
  return makeEdge(fields[0].trim(), fields[1].trim(), weighted ? fields[2].trim() : undefined);
}

/** Splits one CSV line (RFC 4180 quoting within the line); null when a quote is left open or stray. */
export function splitCsvLine(line: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const close = line.indexOf('"', j);
        if (close < 0) return null;
        value += line.slice(j, close);
        if (line[close + 1] !== '"') {
          j = close + 1;
          break;
        }
        value += '"';
        j = close + 2;
      }
      const rest = line.slice(j).match(/^\s*/)?.[0].length ?? 0;
      if (j + rest < line.length && line[j + rest] !== ',') return null;
      fields.push(value);
      i = j + rest;
    } else {
      const comma = line.indexOf(',', i);
      const value = line.slice(i, comma < 0 ? line.length : comma);
      if (value.includes('"')) return null;
      fields.push(value);
      i = comma < 0 ? line.length : comma;
    }
    if (i >= line.length) return fields;
    i++;
  }
}

function makeEdge(follower: string, followee: string, weightText: string | undefined): EdgeLine {
  if (follower === '' || followee === '') return { kind: 'bad', reason: 'empty id' };
  if (weightText === undefined) return { kind: 'edge', follower, followee, weight: 1 };
  const weight = Number(weightText);
  if (weightText === '' || !Number.isFinite(weight) || weight < 0) return { kind: 'bad', reason: `bad weight "${weightText.slice(0, 40)}"` };
  return { kind: 'edge', follower, followee, weight };
}
