import type { EgoNetwork, GexfExport, NodePosition } from '../../../shared/domain/reach';
import { writeGexf, type GexfNode } from '../../../shared/reach/writeGexf';

/** A file-name-safe slug of a handle. */
const slug = (text: string): string => text.replace(/[^\w-]+/g, '_').slice(0, 60) || 'author';

/**
 * The ego network as GEXF 1.3 for Gephi: node ids are author ids, labels are handles, metrics are
 * node attributes, and the view's layout (when given) becomes viz:position. Edges: source follows target.
 */
export function writeEgoGexf(net: EgoNetwork, positions: readonly NodePosition[] = []): GexfExport {
  const at = new Map(positions.map((p) => [p.id, p]));
  const nodes = net.nodes.map((n): GexfNode => {
    const p = at.get(n.authorId);
    return {
      id: String(n.authorId),
      label: n.handle,
      attributes: {
        site: n.site,
        role: n.role,
        posts: n.posts,
        followers: n.followers,
        audience2: n.audience2,
        pagerank: n.pagerank,
        core: n.core,
        hubLinks: n.hubLinks,
        expectedCascade: n.expectedCascade,
        reachScore: n.score,
      },
      ...(p ? { x: p.x, y: p.y } : {}),
    };
  });
  const edges = net.edges.map((e) => ({ source: String(e.source), target: String(e.target) }));
  const ego = net.nodes.find((n) => n.authorId === net.egoId);
  const description = `Ego network of ${ego?.handle ?? net.egoId} (${ego?.site ?? ''}): ${net.sampling.rule}. Edge source follows target.`;
  return { fileName: `ego-${slug(ego?.handle ?? String(net.egoId))}.gexf`, gexf: writeGexf(nodes, edges, { description }) };
}
