import type { JsonToken } from './jsonTokens';

/** Receives what the brand-follower reader finds. */
export interface BrandJsonSink {
  node(id: string): void;
  /** `follower` follows `followee`. */
  edge(follower: string, followee: string): void;
  bad(line: number, reason: string): void;
}

type Role = 'root' | 'labels' | 'edges' | 'pair' | 'other';

interface Frame {
  kind: '{' | '[';
  role: Role;
  key: string | null;
  expectKey: boolean;
  line: number;
  ids: string[];
  bad: boolean;
}

/**
 * Consumes the tokens of a brand follower file `{"labels": {"<node>": …}, "edges": [[src, trg], …]}`
 * (see ../shared/data/graph/README.md). Every labels key becomes a node; each pair means
 * **trg follows src** (the data's edges point the way information flows, followee → follower).
 * A pair that is not two ids (strings or integers) is reported with its line and skipped; other
 * keys are ignored. Mismatched brackets throw with a line number.
 */
export function createBrandJsonReader(sink: BrandJsonSink): (token: JsonToken) => void {
  const stack: Frame[] = [];
  const open = (kind: '{' | '[', line: number): void => {
    const parent = stack[stack.length - 1];
    let role: Role = 'other';
    if (!parent) role = 'root';
    else if (parent.role === 'root' && parent.key === 'labels' && kind === '{') role = 'labels';
    else if (parent.role === 'root' && parent.key === 'edges' && kind === '[') role = 'edges';
    else if (parent.role === 'edges' && kind === '[') role = 'pair';
    else if (parent.role === 'edges') sink.bad(line, 'edge is not a [src, trg] pair');
    else if (parent.role === 'pair') parent.bad = true;
    stack.push({ kind, role, key: null, expectKey: kind === '{', line, ids: [], bad: false });
  };
  const close = (t: JsonToken): void => {
    const frame = stack.pop();
    if (!frame || (frame.kind === '{') !== (t.type === '}')) throw new Error(`line ${t.line}: unexpected ${t.type}`);
    if (frame.role !== 'pair') return;
    if (frame.bad) sink.bad(frame.line, 'ids must be strings or integers');
    else if (frame.ids.length !== 2) sink.bad(frame.line, `expected 2 ids, got ${frame.ids.length}`);
    else sink.edge(frame.ids[1], frame.ids[0]);
  };
  return (t) => {
    const frame = stack[stack.length - 1];
    if (t.type === '{' || t.type === '[') return open(t.type, t.line);
    if (t.type === '}' || t.type === ']') return close(t);
    if (!frame) throw new Error(`line ${t.line}: expected {`);
    if (t.type === ':' || t.type === ',') {
      frame.expectKey = frame.kind === '{' && t.type === ',';
      return;
    }
    if (frame.kind === '{' && frame.expectKey && t.type === 'string') {
      frame.key = t.value;
      if (frame.role === 'labels') sink.node(t.value);
    } else if (frame.role === 'pair') {
      if (t.type === 'string') frame.ids.push(t.value);
      else if (t.type === 'scalar' && /^-?\d+$/.test(t.text)) frame.ids.push(t.text);
      else frame.bad = true;
    } else if (frame.role === 'edges') sink.bad(t.line, 'edge is not a [src, trg] pair');
  };
}
