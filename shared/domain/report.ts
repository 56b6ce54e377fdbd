/**
 * The weekly review (issue 9): one JSON-safe report model that the Reports view shows, the HTML,
 * PDF and CSV exports render, and the bench times. Every number in it is computed in core from the
 * database for one range in one time zone, so the same snapshot gives the same report.
 */

/** What to report on: an ISO week (`2017-W44`) or any range, always in a named IANA time zone. */
export interface ReportRequest {
  /** ISO week label; the previous ISO week is the comparison. */
  week?: string;
  /** Any range instead of a week (epoch ms, `from` inclusive, `to` exclusive); compared with the range of the same length just before. */
  from?: number;
  to?: number;
  /** IANA time zone, e.g. `Europe/London`; weeks and days are cut in it. */
  timeZone: string;
  /** Limit the report to one site. */
  siteId?: number;
  /** PII (customer names, e-mails, phone numbers, personal data in post text) is masked unless this is true. */
  includePii?: boolean;
  /** How many weeks the trend lines go back (including the reported one); default 8. */
  trendWeeks?: number;
}

/** The range a report covers, and the one it is compared with. */
export interface ReportRange {
  /** `2017-W44` for a week, `2017-10-30 – 2017-11-05` for a range. */
  label: string;
  from: number;
  to: number;
  previousLabel: string;
  previousFrom: number;
  previousTo: number;
  timeZone: string;
}

/** Where a report came from: enough to regenerate it and get the same numbers. */
export interface ReportProvenance {
  /** SHA-256 over the rows the report read (posts, scores, cases, contacts, alerts … of the ranges), hex. */
  snapshotHash: string;
  /** The database file's name (no folders: the path can be private). */
  dbName: string;
  schemaVersion: number;
  appVersion: string;
  /** Sentiment model versions that scored the posts of the range. */
  modelVersions: string[];
  /** Versions of the rules used: topic rules, persistence rule, PII masker, SLA policies. */
  ruleVersions: Record<string, string>;
  timeZone: string;
  piiIncluded: boolean;
  /** When it was generated (not part of the hash; shown, never compared). */
  generatedAt: number;
  /** True when the report was made from a frozen snapshot file. */
  fromSnapshot: boolean;
}

/** A figure this period against the previous one. `changePct` is null when the previous was 0. */
export interface Change {
  current: number;
  previous: number;
  delta: number;
  changePct: number | null;
}

/** Sentiment counts of a set of posts; net = (positive − negative) / scored × 100, null when none scored. */
export interface SentimentMix {
  positive: number;
  neutral: number;
  negative: number;
  /** Posts without a score. */
  unscored: number;
  net: number | null;
}

/** One site's week. Only inbound customer posts count toward volume and sentiment (company replies are excluded). */
export interface ReportSiteRow {
  siteId: number;
  site: string;
  kind: string;
  policy: string;
  volume: Change;
  sentiment: SentimentMix;
  previousSentiment: SentimentMix;
  /** Threads started in the range that got a company reply, as a share 0..1 (null: none started). */
  responseRate: number | null;
  previousResponseRate: number | null;
  medianFirstResponseMin: number | null;
  previousMedianFirstResponseMin: number | null;
  /** The site's first-response SLA target in minutes, null when it has none. */
  slaTargetMin: number | null;
  /** Share of answered threads answered within the target (null: no target or none answered). */
  withinSla: number | null;
}

/** One day of the range (local date in the report's zone). */
export interface ReportDay {
  date: string;
  volume: number;
  sentiment: SentimentMix;
}

/** One ISO week of the trend lines. */
export interface ReportTrendWeek {
  week: string;
  volume: number;
  net: number | null;
  negativeShare: number | null;
  contacts: number;
}

/** A topic (from post text) or a contact reason (from contact history) with its change. */
export interface ReportCountRow {
  name: string;
  /** For topics: site name, or null for all sites together. For reasons: the channel, or null. */
  group: string | null;
  count: Change;
  /** Negative share of the posts with this topic (null for contact reasons). */
  negativeShare: number | null;
}

/** Cases of the range. Breached = a first-response or resolution SLA missed by a case opened in the range. */
export interface ReportCaseFigures {
  opened: Change;
  resolved: Change;
  breached: Change;
  medianResolutionHours: number | null;
  bySite: { siteId: number; site: string; opened: number; resolved: number; breached: number }[];
}

/** A persistently unhappy customer (author), classified with shared/sentiment/persistence over posts up to the range end. */
export interface ReportPersistenceRow {
  authorId: number;
  handle: string;
  site: string;
  /** new: unhappy now, not at the end of the previous range; continuing: both; recovered: was, is no longer. */
  status: 'new' | 'continuing' | 'recovered';
  negativePosts: number;
  lastPostAt: number;
  /** Linked customer's name (masked unless PII is included), null when not linked. */
  customer: string | null;
}

/** An advocate or detractor ranked by reach. */
export interface ReportReachRow {
  authorId: number;
  handle: string;
  site: string;
  role: 'advocate' | 'detractor';
  /**
   * The author's reach score (shared/reach/reachScore.ts with the default weights: a sum of log10
   * terms, not a 0..1 share) from the latest reach run of the author's site, null when never computed.
   */
  reach: number | null;
  followers: number | null;
  posts: number;
  net: number | null;
}

/** An alert raised in the range. */
export interface ReportAlertRow {
  id: number;
  kind: string;
  severity: string;
  title: string;
  site: string | null;
  raisedAt: number;
  acknowledgedAt: number | null;
}

/**
 * Social versus traditional channels for the same customers: customers with a confirmed identity
 * link, their posts (one row per site) and their contacts (one row per channel: phone, email, chat …).
 */
export interface ReportChannelRow {
  channel: string;
  social: boolean;
  /** Posts (social) or contacts (traditional) in the range. */
  volume: Change;
  customers: number;
  /** Social: net sentiment of the posts. Traditional: null (contacts carry no sentiment). */
  net: number | null;
  /** Share resolved: social = threads with a company reply or a resolved case; traditional = outcome resolved/solved/closed. */
  resolvedShare: number | null;
  /** The top contact reasons / topics of this channel with counts. */
  topReasons: { name: string; count: number }[];
}

/** Share of the linked customers active in the range that were seen on each site. */
export interface ReportSiteShareRow {
  site: string;
  customers: number;
  share: number;
}

/** The whole report. Tables are sorted deterministically (by figure, then name) so CSVs byte-compare. */
export interface WeeklyReport {
  range: ReportRange;
  provenance: ReportProvenance;
  siteFilter: string | null;
  totals: {
    volume: Change;
    net: Change;
    sentiment: SentimentMix;
    previousSentiment: SentimentMix;
    responseRate: Change;
    contacts: Change;
  };
  days: ReportDay[];
  trend: ReportTrendWeek[];
  sites: ReportSiteRow[];
  topics: ReportCountRow[];
  reasons: ReportCountRow[];
  cases: ReportCaseFigures;
  persistence: ReportPersistenceRow[];
  reach: ReportReachRow[];
  alerts: ReportAlertRow[];
  channels: ReportChannelRow[];
  siteShares: ReportSiteShareRow[];
  /** Linked customers active in the range (the denominator of siteShares). */
  activeCustomers: number;
  /** How many customers each persistence status has; `persistence` lists at most the first rows of each. */
  persistenceTotals?: { new: number; continuing: number; recovered: number };
}

/** Progress of a long report (posted as the `reports.progressed` event). */
export interface ReportProgress {
  step: string;
  done: number;
  total: number;
}

/** What an export wrote. */
export interface ReportExport {
  dir: string;
  html: string;
  pdf: string | null;
  /** Why there is no PDF when one was asked for (e.g. no Chromium found). */
  pdfError: string | null;
  csv: string[];
  snapshotHash: string;
}

/** A frozen week: a read-only snapshot file with the data of a range. */
export interface ReportSnapshot {
  path: string;
  bytes: number;
  label: string;
  snapshotHash: string;
  posts: number;
}

/** The Monday-morning report: written into `dir` at `hour` local time on Mondays in `timeZone`, for the ISO week that just ended. */
export interface ReportSchedule {
  enabled: boolean;
  dir: string;
  timeZone: string;
  hour: number;
  pdf: boolean;
  includePii: boolean;
  /** The last week written and when (null before the first run). */
  lastWeek: string | null;
  lastRunAt: number | null;
  lastError: string | null;
}
