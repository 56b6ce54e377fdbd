import { useMemo } from 'react';
import { colouringOf, metricOf, radiiOf, type ColourMetric, type LegendItem, type SizeMetric } from './graphStyle';
import { formatLag, type ShownGraph } from './viewGraph';

/** How many of the biggest nodes get a label besides the pinned one. */
const LABELLED = 8;

/** The text next to a labelled node: its name, and in a cascade when it joined. */
const labelOf = (g: ShownGraph, i: number): string => {
  const n = g.nodes[i];
  return n.minutes !== undefined && n.via !== 'root' ? `${n.label} ${formatLag(n.minutes)}` : n.label;
};

/** Radii, colours, labels and legend of the shown nodes for the chosen metrics. */
export function useGraphScene(shown: ShownGraph | null, sizeBy: SizeMetric, colourBy: ColourMetric) {
  return useMemo(() => {
    if (!shown) return null;
    const radii = radiiOf(shown.nodes, sizeBy);
    const { colours, legend } = colouringOf(shown.nodes, colourBy);
    const pinned = shown.layout.pinned;
    const biggest = shown.nodes
      .map((n, i) => ({ i, v: metricOf(n, sizeBy) }))
      .filter(({ i }) => i !== pinned)
      .sort((a, b) => b.v - a.v || a.i - b.i)
      .slice(0, LABELLED);
    const labelled = [pinned, ...biggest.map((b) => b.i)].filter((i) => i >= 0).map((index) => ({ index, text: labelOf(shown, index) }));
    return { scene: { links: shown.links, faint: shown.faint, axis: shown.axis, radii, colours, labelled }, legend: legend as LegendItem[] };
  }, [shown, sizeBy, colourBy]);
}
