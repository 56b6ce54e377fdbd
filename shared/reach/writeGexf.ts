/** A node to export; attribute columns are declared from the keys found on any node. */
export interface GexfNode {
  id: string;
  label?: string;
  attributes?: Record<string, number | string | boolean | null>;
  /** viz:size. */
  size?: number;
  /** viz:color as `#rrggbb`. */
  color?: string;
  /** viz:position. */
  x?: number;
  y?: number;
}

/** An edge to export: `source` follows `target` (or interacted with it). */
export interface GexfEdge {
  source: string;
  target: string;
  weight?: number;
  label?: string;
}

/** Options of {@link writeGexf}. */
export interface GexfWriteOptions {
  /** Default true (follow edges are directed). */
  directed?: boolean;
  creator?: string;
  description?: string;
}

type AttrType = 'double' | 'boolean' | 'string';

/**
 * Serialises a graph as GEXF 1.3 (https://gexf.net/schema.html) for Gephi: node attributes as
 * declared columns, viz size/colour/position when given. Edge source → target means "source follows
 * target", the same direction the importer reads. Text is XML-escaped; characters XML 1.0 forbids
 * are dropped.
 */
export function writeGexf(nodes: readonly GexfNode[], edges: readonly GexfEdge[], options: GexfWriteOptions = {}): string {
  const columns = declareColumns(nodes);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta><creator>${escapeXml(options.creator ?? 'Listening Post')}</creator><description>${escapeXml(options.description ?? '')}</description></meta>`,
    `  <graph mode="static" defaultedgetype="${options.directed === false ? 'undirected' : 'directed'}">`,
  ];
  if (columns.length > 0) {
    out.push('    <attributes class="node">');
    columns.forEach(([name, type], i) => out.push(`      <attribute id="${i}" title="${escapeXml(name)}" type="${type}"/>`));
    out.push('    </attributes>');
  }
  out.push('    <nodes>');
  for (const node of nodes) out.push(writeNode(node, columns));
  out.push('    </nodes>', '    <edges>');
  edges.forEach((e, i) => {
    const weight = e.weight === undefined ? '' : ` weight="${e.weight}"`;
    const label = e.label === undefined ? '' : ` label="${escapeXml(e.label)}"`;
    out.push(`      <edge id="${i}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}"${weight}${label}/>`);
  });
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

function declareColumns(nodes: readonly GexfNode[]): Array<[string, AttrType]> {
  const types = new Map<string, AttrType>();
  for (const node of nodes) {
    for (const [key, value] of Object.entries(node.attributes ?? {})) {
      if (value === null) continue;
      const type: AttrType = typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
      const seen = types.get(key);
      types.set(key, seen === undefined || seen === type ? type : 'string');
    }
  }
  return [...types.entries()];
}

function writeNode(node: GexfNode, columns: Array<[string, AttrType]>): string {
  const parts = [`      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label ?? node.id)}">`];
  const values = columns
    .map(([name], i) => [i, node.attributes?.[name]] as const)
    .filter(([, value]) => value !== undefined && value !== null && (typeof value !== 'number' || Number.isFinite(value)))
    .map(([i, value]) => `<attvalue for="${i}" value="${escapeXml(String(value))}"/>`);
  if (values.length > 0) parts.push(`<attvalues>${values.join('')}</attvalues>`);
  if (node.size !== undefined) parts.push(`<viz:size value="${node.size}"/>`);
  const rgb = node.color ? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(node.color) : null;
  if (rgb) parts.push(`<viz:color r="${parseInt(rgb[1], 16)}" g="${parseInt(rgb[2], 16)}" b="${parseInt(rgb[3], 16)}"/>`);
  if (node.x !== undefined && node.y !== undefined) parts.push(`<viz:position x="${node.x}" y="${node.y}" z="0"/>`);
  parts.push('</node>');
  return parts.join('');
}

/** Escapes text for XML attributes and content, dropping characters XML 1.0 does not allow. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
