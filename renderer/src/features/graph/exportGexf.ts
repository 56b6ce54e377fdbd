import type { GexfExport, NodePosition } from '../../../../shared/domain/reach';
import { writeGexf, type GexfNode } from '../../../../shared/reach/writeGexf';
import type { ShownGraph } from './viewGraph';

/**
 * The shown graph as GEXF for Gephi, built in the view (cascade and community modes): node ids are
 * author (or community) ids, metrics and mode fields are attributes, strong links are edges labelled
 * `lineLabel` and faint links edges labelled "follows"; the layout becomes viz:position.
 */
export function shownToGexf(shown: ShownGraph, positions: readonly NodePosition[], fileName: string, description: string, lineLabel: string): GexfExport {
  const at = new Map(positions.map((p) => [p.id, p]));
  const nodes = shown.nodes.map((n): GexfNode => {
    const p = at.get(n.key);
    return {
      id: String(n.key),
      label: n.kind === 'author' ? n.handle : n.label,
      attributes: {
        kind: n.kind,
        site: n.site,
        followers: n.followers,
        audience2: n.audience2,
        pagerank: n.pagerank,
        core: n.core,
        reachScore: n.score,
        ...(n.via !== undefined ? { via: n.via, minutesAfterRoot: n.minutes ?? 0, sentiment: n.sentiment ?? 'unscored' } : {}),
        ...(n.community !== undefined ? { community: n.community, members: n.members ?? 1 } : {}),
      },
      ...(p ? { x: p.x, y: p.y } : {}),
    };
  });
  const edge = (list: Int32Array, label: string) =>
    Array.from({ length: list.length / 2 }, (_, e) => ({ source: String(shown.nodes[list[2 * e]].key), target: String(shown.nodes[list[2 * e + 1]].key), label }));
  return { fileName, gexf: writeGexf(nodes, [...edge(shown.links, lineLabel), ...edge(shown.faint, 'follows')], { description }) };
}
