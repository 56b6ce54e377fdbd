import type { Change, SentimentMix, WeeklyReport } from '../../../../shared/domain/report';

/** Hostile text that must show as text wherever a handle, topic or title is drawn. */
export const HOSTILE = '<img src=x onerror=alert(1)>';

const DAY = 86_400_000;
// Monday 2017-10-30 00:00 in Europe/London (GMT, after the clocks went back on the 29th).
const MONDAY = Date.UTC(2017, 9, 30);

function change(current: number, previous: number): Change {
  return { current, previous, delta: current - previous, changePct: previous === 0 ? null : ((current - previous) / previous) * 100 };
}

function mix(positive: number, neutral: number, negative: number, unscored = 0): SentimentMix {
  const scored = positive + neutral + negative;
  return { positive, neutral, negative, unscored, net: scored ? ((positive - negative) / scored) * 100 : null };
}

/** A small, complete report for tests (2017-W44 in Europe/London, two sites, hostile text in a handle, a topic and an alert). */
export function sampleReport(over: Partial<WeeklyReport> = {}): WeeklyReport {
  const days = [0, 1, 2, 3, 4, 5, 6].map((i) => {
    const s = mix(2 + i, 3, 5 - (i % 3), i === 6 ? 1 : 0);
    return { date: `2017-${i < 2 ? '10' : '11'}-${String(i < 2 ? 30 + i : i - 1).padStart(2, '0')}`, volume: s.positive + s.neutral + s.negative + s.unscored, sentiment: s };
  });
  return {
    range: { label: '2017-W44', from: MONDAY, to: MONDAY + 7 * DAY, previousLabel: '2017-W43', previousFrom: MONDAY - 7 * DAY, previousTo: MONDAY, timeZone: 'Europe/London' },
    provenance: {
      snapshotHash: 'a3f1c9e07b5d2468a3f1c9e07b5d2468a3f1c9e07b5d2468a3f1c9e07b5d2468',
      dbName: 'listening-post.sqlite',
      schemaVersion: 12,
      appVersion: '0.1.0',
      modelVersions: ['lexicon-1', 'nb-2017-10'],
      ruleVersions: { topics: 'topics-3', persistence: 'persist-1', pii: 'pii-2', sla: 'sla-4' },
      timeZone: 'Europe/London',
      piiIncluded: false,
      generatedAt: MONDAY + 8 * DAY,
      fromSnapshot: false,
    },
    siteFilter: null,
    totals: {
      volume: change(120, 100),
      net: change(-12.5, -4),
      sentiment: mix(30, 40, 45, 5),
      previousSentiment: mix(30, 40, 34, 4),
      responseRate: change(0.75, 0.8),
      contacts: change(14, 14),
    },
    days,
    trend: ['2017-W41', '2017-W42', '2017-W43', '2017-W44'].map((week, i) => ({ week, volume: 90 + i * 10, net: i === 0 ? null : -4 - i * 3, negativeShare: 0.3, contacts: 10 + i })),
    sites: [
      {
        siteId: 1, site: 'twitter', kind: 'microblog', policy: 'respond', volume: change(80, 60), sentiment: mix(20, 25, 30, 5), previousSentiment: mix(20, 20, 18),
        responseRate: 0.8, previousResponseRate: 0.85, medianFirstResponseMin: 42, previousMedianFirstResponseMin: 30, slaTargetMin: 30, withinSla: 0.4,
      },
      {
        siteId: 2, site: 'forum', kind: 'forum', policy: 'monitor-only', volume: change(40, 40), sentiment: mix(10, 15, 15), previousSentiment: mix(10, 20, 16),
        responseRate: null, previousResponseRate: null, medianFirstResponseMin: 12, previousMedianFirstResponseMin: null, slaTargetMin: 60, withinSla: 1,
      },
    ],
    topics: [
      { name: 'baggage', group: null, count: change(30, 10), negativeShare: 0.7 },
      { name: HOSTILE, group: 'forum', count: change(5, 0), negativeShare: 0.2 },
    ],
    reasons: [{ name: 'refund', group: 'phone', count: change(6, 9), negativeShare: null }],
    cases: {
      opened: change(12, 10),
      resolved: change(9, 11),
      breached: change(3, 1),
      medianResolutionHours: 5.5,
      bySite: [{ siteId: 1, site: 'twitter', opened: 10, resolved: 8, breached: 3 }, { siteId: 2, site: 'forum', opened: 2, resolved: 1, breached: 0 }],
    },
    persistence: [
      { authorId: 7, handle: HOSTILE, site: 'twitter', status: 'new', negativePosts: 4, lastPostAt: MONDAY + 3 * DAY, customer: 'J*** S****' },
      { authorId: 8, handle: 'grumpy_gus', site: 'forum', status: 'continuing', negativePosts: 6, lastPostAt: MONDAY + 2 * DAY, customer: null },
      { authorId: 9, handle: 'happy_again', site: 'twitter', status: 'recovered', negativePosts: 0, lastPostAt: MONDAY + DAY, customer: null },
    ],
    persistenceTotals: { new: 5, continuing: 1, recovered: 1 },
    reach: [
      { authorId: 10, handle: 'big_fan', site: 'twitter', role: 'advocate', reach: 4.37, followers: 12000, posts: 3, net: 100 },
      { authorId: 7, handle: HOSTILE, site: 'twitter', role: 'detractor', reach: 1.2, followers: null, posts: 4, net: -100 },
    ],
    alerts: [{ id: 1, kind: 'spike', severity: 'critical', title: `Spike: ${HOSTILE}`, site: 'twitter', raisedAt: MONDAY + 2 * DAY, acknowledgedAt: null }],
    channels: [
      { channel: 'twitter', social: true, volume: change(25, 20), customers: 8, net: -20, resolvedShare: 0.6, topReasons: [{ name: 'baggage', count: 9 }] },
      { channel: 'phone', social: false, volume: change(14, 14), customers: 6, net: null, resolvedShare: 0.5, topReasons: [{ name: 'refund', count: 6 }] },
    ],
    siteShares: [{ site: 'twitter', customers: 8, share: 0.8 }, { site: 'forum', customers: 3, share: 0.3 }],
    activeCustomers: 10,
    ...over,
  };
}

/** The same report with nothing in it (a week without data). */
export function emptyReport(): WeeklyReport {
  const zero = change(0, 0);
  const none = mix(0, 0, 0);
  const r = sampleReport();
  return {
    ...r,
    totals: { volume: zero, net: { current: 0, previous: 0, delta: 0, changePct: null }, sentiment: none, previousSentiment: none, responseRate: zero, contacts: zero },
    days: r.days.map((d) => ({ ...d, volume: 0, sentiment: none })),
    trend: r.trend.map((t) => ({ ...t, volume: 0, net: null, negativeShare: null, contacts: 0 })),
    // core lists every site, with zeros
    sites: r.sites.map((x) => ({ ...x, volume: zero, sentiment: none, previousSentiment: none, responseRate: null, previousResponseRate: null, medianFirstResponseMin: null, previousMedianFirstResponseMin: null, withinSla: null })),
    topics: [],
    reasons: [],
    cases: { opened: zero, resolved: zero, breached: zero, medianResolutionHours: null, bySite: [] },
    persistence: [],
    persistenceTotals: { new: 0, continuing: 0, recovered: 0 },
    reach: [],
    alerts: [],
    channels: [],
    siteShares: [],
    activeCustomers: 0,
  };
}
