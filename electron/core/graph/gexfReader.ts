import { SaxesParser } from 'saxes';

/** Receives what the GEXF reader finds. */
export interface GexfSink {
  node(id: string, label: string | null): void;
  /** `follower` follows `followee` (GEXF source → target). */
  edge(follower: string, followee: string, weight: number): void;
  bad(line: number, reason: string): void;
}

/**
 * A streaming GEXF (1.1–1.3) reader on saxes. Nodes become accounts (label kept when it differs
 * from the id); an edge `source → target` means source follows target. Undirected and mutual
 * edges (`type` on the edge, or the graph's `defaultedgetype`) are read as follows both ways.
 * Edges without source/target, bad weights, and XML errors are reported with their line and
 * skipped; parsing continues after them.
 */
export function createGexfReader(sink: GexfSink): { write(chunk: string): void; close(): void } {
  const parser = new SaxesParser({ position: true });
  let undirectedByDefault = false;
  parser.on('error', (error) => sink.bad(parser.line, `XML: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`));
  parser.on('opentag', (tag) => {
    const name = tag.name.slice(tag.name.indexOf(':') + 1);
    const attrs = tag.attributes as Record<string, string>;
    if (name === 'graph') undirectedByDefault = attrs.defaultedgetype === 'undirected';
    else if (name === 'node') readNode(attrs, parser.line, sink);
    else if (name === 'edge') readEdge(attrs, parser.line, undirectedByDefault, sink);
  });
  return {
    write: (chunk) => void parser.write(chunk),
    close: () => void parser.close(),
  };
}

function readNode(attrs: Record<string, string>, line: number, sink: GexfSink): void {
  const id = attrs.id;
  if (id === undefined || id === '') return sink.bad(line, 'node without id');
  sink.node(id, attrs.label !== undefined && attrs.label !== id ? attrs.label : null);
}

function readEdge(attrs: Record<string, string>, line: number, undirectedByDefault: boolean, sink: GexfSink): void {
  const { source, target } = attrs;
  if (!source || !target) return sink.bad(line, 'edge without source or target');
  const weight = attrs.weight === undefined ? 1 : Number(attrs.weight);
  if (!Number.isFinite(weight) || weight < 0) return sink.bad(line, `bad weight "${String(attrs.weight).slice(0, 40)}"`);
  sink.edge(source, target, weight);
  const type = attrs.type ?? (undirectedByDefault ? 'undirected' : 'directed');
  if (type === 'undirected' || type === 'mutual') sink.edge(target, source, weight);
}
