import type { Post } from './post';

/** The fixed time windows of the live view and the wall. */
export const LIVE_WINDOWS = ['15m', '1h', '1d', '1w'] as const;
/** A fixed live window, always ending now. */
export type LiveWindow = (typeof LIVE_WINDOWS)[number];

/** Length of each fixed window in milliseconds. */
export const LIVE_WINDOW_MS: Record<LiveWindow, number> = {
  '15m': 15 * 60_000,
  '1h': 60 * 60_000,
  '1d': 24 * 60 * 60_000,
  '1w': 7 * 24 * 60 * 60_000,
};

/**
 * What a live panel set shows (`live.snapshot`): a fixed window ending now, or a range (`from`/`to`,
 * epoch ms, as brushed on a chart), narrowed to some sites and/or one topic. Every panel obeys it.
 */
export interface LiveQuery {
  window?: LiveWindow;
  from?: number;
  to?: number;
  /** Only these sites (empty or absent: every site). */
  siteIds?: number[];
  /** Only posts of this topic (a topic id of the topic rules). */
  topic?: string;
}

/** A site as the live panels name it. */
export interface LiveSite {
  id: number;
  name: string;
}

/** Posts per time bucket for one site (same length as `LiveSnapshot.buckets`). */
export interface SiteSeries {
  siteId: number;
  counts: number[];
}

/** Posts per bucket by sentiment label; `unscored` are posts the scorer has not reached yet. */
export interface LabelSeries {
  negative: number[];
  neutral: number[];
  positive: number[];
  unscored: number[];
}

/**
 * Shares (0..1) of each label among the scored posts per bucket. A bucket with few scored posts
 * pools the buckets before it until at least `minPooled` are scored (up to `maxPool` buckets), so
 * a quiet hour does not swing between 0% and 100%. Null where nothing was scored.
 */
export interface ShareSeries {
  negative: (number | null)[];
  neutral: (number | null)[];
  positive: (number | null)[];
  minPooled: number;
  maxPool: number;
}

/** A faint band: the lowest and highest share the same hours had in previous weeks (null: no data). */
export interface ShareBand {
  low: (number | null)[];
  high: (number | null)[];
}

/** One topic in the window against the window before it. */
export interface TopicTrend {
  topic: string;
  label: string;
  count: number;
  /** Count in the previous window of the same length. */
  previous: number;
  negative: number;
  /** How unusual the rise is: (count − previous) / √(previous + 1). Sorted on this, highest first. */
  rise: number;
}

/** Rising topics, or why there are none yet. */
export interface TopicPanel {
  /** Share (0..1) of the stored posts whose topics have been indexed; 1 once complete. */
  coverage: number;
  items: TopicTrend[];
}

/** A negative post for the ticker, with where it was said and how far it may travel. */
export interface NegativePost {
  id: number;
  siteId: number;
  siteName: string;
  author: string;
  createdAt: number;
  /** Untrusted: render as text. */
  text: string;
  followers: number | null;
  /** Expected accounts reached (reach metrics), null where not computed. */
  reach: number | null;
}

/** Kinds of alert the live engine raises. */
export const ALERT_KINDS = ['volume-spike', 'negative-thread', 'influential-detractor'] as const;
/** An alert kind. */
export type AlertKind = (typeof ALERT_KINDS)[number];
/** How loud an alert is: critical ones take over the wall until acknowledged. */
export type AlertSeverity = 'critical' | 'warning';

/** An alert raised by the live engine. */
export interface Alert {
  id: number;
  kind: AlertKind;
  severity: AlertSeverity;
  /** What it is about, e.g. `site:3`, `thread:120`, `author:45` (one open alert per subject). */
  subject: string;
  title: string;
  detail: string;
  siteId: number | null;
  postId: number | null;
  raisedAt: number;
  acknowledgedAt: number | null;
  acknowledgedBy: string | null;
}

/** Everything the live panels show for one query, aggregated in core. */
export interface LiveSnapshot {
  /** Canonical form of the query; ticks carry snapshots under this key. */
  key: string;
  query: LiveQuery;
  /** Server time the snapshot was made. */
  at: number;
  from: number;
  to: number;
  bucketMs: number;
  /** Start of each time bucket (the last one may be partial). */
  buckets: number[];
  sites: LiveSite[];
  volume: SiteSeries[];
  sentiment: LabelSeries;
  /** Negative and positive shares the same hours had over up to four previous weeks. */
  shares: ShareSeries;
  band: { negative: ShareBand; positive: ShareBand };
  topics: TopicPanel;
  /** Every topic the sites' rules define (id and label), for the topic filter. */
  topicNames: { topic: string; label: string }[];
  negatives: NegativePost[];
  alerts: Alert[];
  totals: { posts: number; negative: number; scored: number };
  lastIngestAt: number | null;
  /** Share (0..1) of the five weeks behind the live panels counted so far (history loads after start). */
  history: number;
}

/**
 * The `metrics.ticked` payload, pushed at a fixed rate when something changed (and as a heartbeat):
 * fresh snapshots for the queries windows asked for recently, and the open alerts.
 */
export interface LiveTick {
  at: number;
  /** Changes on every server start: a new value means "fetch your snapshot again". */
  bootId: string;
  /** Grows whenever the aggregates, alerts or the clock's bucket change. */
  version: number;
  lastIngestAt: number | null;
  alerts: Alert[];
  snapshots: LiveSnapshot[];
}

/** `live.drill`: the posts behind one chart point. */
export interface LiveDrillRequest {
  from: number;
  to: number;
  siteIds?: number[];
  topic?: string;
  label?: 'negative' | 'neutral' | 'positive' | 'unscored';
  offset?: number;
  limit?: number;
}

/** Posts behind a chart point, newest first, with the number matching (counted up to a cap). */
export interface LiveDrillPage {
  total: number;
  /** True when more than `total` posts match (the count stopped at its cap), shown as "10,000+". */
  totalCapped: boolean;
  items: Post[];
}

/**
 * The only methods the wall calls: it is read-only. Transports can refuse anything else from a
 * wall (the Electron wall window, or a served wall token).
 */
export const WALL_METHODS = ['live.snapshot', 'app.info'] as const;
