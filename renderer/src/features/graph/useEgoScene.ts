import { useMemo } from 'react';
import type { EgoNetwork } from '../../../../shared/domain/reach';
import { colouringOf, metricOf, radiiOf, type ColourMetric, type LegendItem, type SizeMetric } from './graphStyle';
import type { LayoutGraph } from './layoutProtocol';

/** The layout input of an ego network: node i is `net.nodes[i]`, the ego pinned at the centre. */
export function useLayoutGraph(net: EgoNetwork | null): LayoutGraph | null {
  return useMemo(() => {
    if (!net) return null;
    const index = new Map(net.nodes.map((n, i) => [n.authorId, i]));
    const links = new Int32Array(net.edges.length * 2);
    net.edges.forEach((e, i) => {
      links[2 * i] = index.get(e.source) ?? 0;
      links[2 * i + 1] = index.get(e.target) ?? 0;
    });
    return { nodeCount: net.nodes.length, links, pinned: index.get(net.egoId) ?? -1 };
  }, [net]);
}

/** How many of the biggest nodes get a label besides the ego. */
const LABELLED = 8;

/** Radii, colours, labels and legend of the shown nodes for the chosen metrics. */
export function useEgoScene(net: EgoNetwork | null, graph: LayoutGraph | null, sizeBy: SizeMetric, colourBy: ColourMetric) {
  return useMemo(() => {
    if (!net || !graph) return null;
    const radii = radiiOf(net.nodes, sizeBy);
    const { colours, legend } = colouringOf(net.nodes, colourBy);
    const biggest = net.nodes
      .map((n, i) => ({ i, v: metricOf(n, sizeBy) }))
      .filter(({ i }) => i !== graph.pinned)
      .sort((a, b) => b.v - a.v)
      .slice(0, LABELLED);
    const labelled = [graph.pinned, ...biggest.map((b) => b.i)].filter((i) => i >= 0).map((index) => ({ index, text: `@${net.nodes[index].handle}` }));
    return { scene: { links: graph.links, radii, colours, labelled }, legend: legend as LegendItem[] };
  }, [net, graph, sizeBy, colourBy]);
}
