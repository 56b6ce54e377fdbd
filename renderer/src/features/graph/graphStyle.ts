import type { EgoNode, EgoRole } from '../../../../shared/domain/reach';

/** Metrics a node can be sized by. */
export const SIZE_METRICS = ['score', 'audience2', 'pagerank', 'expectedCascade', 'followers'] as const;
/** What a node can be coloured by. */
export const COLOUR_METRICS = ['role', 'stance', 'core', 'hubLinks', 'score'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];
export type ColourMetric = (typeof COLOUR_METRICS)[number];

/** Labels for the pickers and the legend. */
export const METRIC_LABELS: Record<SizeMetric | ColourMetric, string> = {
  score: 'reach score',
  audience2: 'audience (2 hops)',
  pagerank: 'PageRank',
  expectedCascade: 'expected cascade',
  followers: 'followers',
  role: 'follow relation',
  stance: 'sentiment of posts',
  core: 'k-core',
  hubLinks: 'links from hubs',
};

/** A numeric metric of a node (0 when missing). */
export function metricOf(node: EgoNode, metric: SizeMetric | Exclude<ColourMetric, 'role' | 'stance'>): number {
  const v = node[metric];
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/** Smallest and largest radius in CSS pixels (before zoom). */
export const RADIUS = { min: 3, max: 16 } as const;

/** Radius of every node: square-root scale of the metric between the smallest and largest value. */
export function radiiOf(nodes: readonly EgoNode[], metric: SizeMetric): Float32Array {
  const values = nodes.map((n) => Math.sqrt(Math.max(0, metricOf(n, metric))));
  const lo = Math.min(...values, Infinity);
  const hi = Math.max(...values, -Infinity);
  const span = hi - lo;
  return Float32Array.from(values, (v) => (span > 0 ? RADIUS.min + ((v - lo) / span) * (RADIUS.max - RADIUS.min) : (RADIUS.min + RADIUS.max) / 2));
}

/** One legend entry. */
export interface LegendItem {
  colour: string;
  label: string;
}

/** Node colours and the legend that explains them. */
export interface Colouring {
  colours: string[];
  legend: LegendItem[];
}

const STANCE_COLOURS = { advocate: '#51cf66', detractor: '#ff6b6b', mixed: '#ffd43b', none: '#5c6b7a' } as const;
const STANCE_LABELS = { advocate: 'advocate (mostly positive)', detractor: 'detractor (mostly negative)', mixed: 'mixed or too few posts', none: 'no scored posts' } as const;

const ROLE_COLOURS: Record<EgoRole, string> = { ego: '#ffd43b', mutual: '#b197fc', follower: '#4cc2ff', followee: '#51cf66' };
const ROLE_LABELS: Record<EgoRole, string> = { ego: 'the author', mutual: 'follow each other', follower: 'follows the author', followee: 'followed by the author' };
// A dark-to-bright sequential ramp readable on the dark background.
const RAMP = ['#3b5bdb', '#4c8ddb', '#20c997', '#a9e34b', '#ffd43b'];

const round = (v: number): string => (Math.abs(v) >= 100 || Number.isInteger(v) ? Math.round(v).toLocaleString('en-US') : v.toPrecision(2));

/**
 * Colours nodes by their relation to the ego or the stance of their posts (categorical), or by a metric in five equal-width
 * bins between its smallest and largest value; the legend gives each bin's range.
 */
export function colouringOf(nodes: readonly EgoNode[], metric: ColourMetric): Colouring {
  if (metric === 'role') {
    const present = (Object.keys(ROLE_COLOURS) as EgoRole[]).filter((r) => nodes.some((n) => n.role === r));
    return { colours: nodes.map((n) => ROLE_COLOURS[n.role]), legend: present.map((r) => ({ colour: ROLE_COLOURS[r], label: ROLE_LABELS[r] })) };
  }
  if (metric === 'stance') {
    const keyOf = (n: EgoNode): keyof typeof STANCE_COLOURS => n.stance ?? 'none';
    const present = (Object.keys(STANCE_COLOURS) as Array<keyof typeof STANCE_COLOURS>).filter((k) => nodes.some((n) => keyOf(n) === k));
    return { colours: nodes.map((n) => STANCE_COLOURS[keyOf(n)]), legend: present.map((k) => ({ colour: STANCE_COLOURS[k], label: STANCE_LABELS[k] })) };
  }
  const values = nodes.map((n) => metricOf(n, metric));
  const lo = Math.min(...values, Infinity);
  const hi = Math.max(...values, -Infinity);
  const bins = RAMP.length;
  const width = hi > lo ? (hi - lo) / bins : 0;
  const binOf = (v: number): number => (width > 0 ? Math.min(bins - 1, Math.floor((v - lo) / width)) : bins - 1);
  const used = new Set(values.map(binOf));
  const legend = RAMP.map((colour, b) => ({ colour, label: width > 0 ? `${round(lo + b * width)} – ${round(lo + (b + 1) * width)}` : round(lo) })).filter((_, b) => used.has(b));
  return { colours: values.map((v) => RAMP[binOf(v)]), legend };
}
