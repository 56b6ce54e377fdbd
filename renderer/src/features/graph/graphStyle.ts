import type { EgoRole } from '../../../../shared/domain/reach';
import type { ViewNode } from './viewGraph';

/** Metrics a node can be sized by. */
export const SIZE_METRICS = ['score', 'audience2', 'pagerank', 'expectedCascade', 'followers', 'members'] as const;
/** What a node can be coloured by. */
export const COLOUR_METRICS = ['role', 'stance', 'sentiment', 'via', 'community', 'core', 'hubLinks', 'score'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];
export type ColourMetric = (typeof COLOUR_METRICS)[number];

/** Labels for the pickers and the legend. */
export const METRIC_LABELS: Record<SizeMetric | ColourMetric, string> = {
  score: 'reach score',
  audience2: 'audience (2 hops)',
  pagerank: 'PageRank',
  expectedCascade: 'expected cascade',
  followers: 'followers',
  members: 'accounts in it',
  role: 'follow relation',
  stance: 'sentiment of posts',
  sentiment: 'sentiment of their post here',
  via: 'how they joined',
  community: 'group',
  core: 'k-core',
  hubLinks: 'links from hubs',
};

type NumericMetric = SizeMetric | 'core' | 'hubLinks';

/** A numeric metric of a node (0 when missing). */
export function metricOf(node: ViewNode, metric: NumericMetric): number {
  const v = node[metric];
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/** Smallest and largest radius in CSS pixels (before zoom). */
export const RADIUS = { min: 3, max: 16 } as const;

/** Radius of every node: square-root scale of the metric between the smallest and largest value. */
export function radiiOf(nodes: readonly ViewNode[], metric: SizeMetric): Float32Array {
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

/** A categorical colouring: each present category in the table's order, with its colour and label. */
type Categories = Record<string, { colour: string; label: string }>;

const CATEGORIES: Record<'role' | 'stance' | 'sentiment' | 'via', { of(n: ViewNode): string; table: Categories }> = {
  role: {
    of: (n) => n.role ?? 'follower',
    table: {
      ego: { colour: '#ffd43b', label: 'the author' },
      mutual: { colour: '#b197fc', label: 'follow each other' },
      follower: { colour: '#4cc2ff', label: 'follows the author' },
      followee: { colour: '#51cf66', label: 'followed by the author' },
    } satisfies Record<EgoRole, unknown>,
  },
  stance: {
    of: (n) => n.stance ?? 'none',
    table: {
      advocate: { colour: '#51cf66', label: 'advocate (mostly positive)' },
      detractor: { colour: '#ff6b6b', label: 'detractor (mostly negative)' },
      mixed: { colour: '#ffd43b', label: 'mixed or too few posts' },
      none: { colour: '#5c6b7a', label: 'no scored posts' },
    },
  },
  sentiment: {
    of: (n) => n.sentiment ?? 'unscored',
    table: {
      negative: { colour: '#ff6b6b', label: 'negative post' },
      neutral: { colour: '#adb5bd', label: 'neutral post' },
      positive: { colour: '#51cf66', label: 'positive post' },
      unscored: { colour: '#5c6b7a', label: 'not scored' },
    },
  },
  via: {
    of: (n) => n.via ?? 'reply',
    table: {
      root: { colour: '#ffd43b', label: 'wrote the root' },
      reply: { colour: '#4cc2ff', label: 'replied' },
      repost: { colour: '#b197fc', label: 'reposted' },
      mention: { colour: '#20c997', label: 'mentioned the author' },
    },
  },
};

// A dark-to-bright sequential ramp readable on the dark background.
const RAMP = ['#3b5bdb', '#4c8ddb', '#20c997', '#a9e34b', '#ffd43b'];
// Distinct hues for communities (the largest communities get the first ones; the rest share grey).
const PALETTE = ['#4cc2ff', '#ff8787', '#51cf66', '#ffd43b', '#b197fc', '#ffa94d', '#20c997', '#f783ac', '#91a7ff', '#c0eb75'];

const round = (v: number): string => (Math.abs(v) >= 100 || Number.isInteger(v) ? Math.round(v).toLocaleString('en-US') : v.toPrecision(2));

function byCommunity(nodes: readonly ViewNode[]): Colouring {
  const sizes = new Map<number, number>();
  for (const n of nodes) sizes.set(n.community ?? 0, (sizes.get(n.community ?? 0) ?? 0) + 1);
  const ranked = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const colour = new Map(ranked.slice(0, PALETTE.length).map(([id], i) => [id, PALETTE[i]]));
  const legend = ranked.slice(0, PALETTE.length).map(([id, size]) => ({ colour: colour.get(id) as string, label: `${nodes.find((n) => (n.community ?? 0) === id)?.subtitle ?? id} (${size})` }));
  if (ranked.length > PALETTE.length) legend.push({ colour: '#5c6b7a', label: `${ranked.length - PALETTE.length} smaller groups` });
  return { colours: nodes.map((n) => colour.get(n.community ?? 0) ?? '#5c6b7a'), legend };
}

/**
 * Colours nodes by a category (relation to the ego, stance, sentiment of their post, how they
 * joined a cascade, community) or by a metric in five equal-width bins between its smallest and
 * largest value; the legend lists what is present (each bin with its range).
 */
export function colouringOf(nodes: readonly ViewNode[], metric: ColourMetric): Colouring {
  if (metric === 'community') return byCommunity(nodes);
  if (metric === 'role' || metric === 'stance' || metric === 'sentiment' || metric === 'via') {
    const { of, table } = CATEGORIES[metric];
    const present = Object.keys(table).filter((k) => nodes.some((n) => of(n) === k));
    return { colours: nodes.map((n) => table[of(n)]?.colour ?? '#5c6b7a'), legend: present.map((k) => table[k]) };
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
