import type { Change, SentimentMix, WeeklyReport } from '../../../../shared/domain/report';

/** Text an attacker could put in a handle, topic or site name; no tag of it may survive an export. */
export const HOSTILE = '<img src=x onerror=alert(1)>';
/** More awkward text: quotes, commas, a newline, non-Latin script, and a spreadsheet formula. */
export const AWKWARD = 'Ünïcødé "quoted", comma\nnew line — 東京 متجر';
export const FORMULA = '=HYPERLINK("http://evil.example","click")';

const change = (current: number, previous: number): Change => ({
  current,
  previous,
  delta: current - previous,
  changePct: previous === 0 ? null : ((current - previous) / previous) * 100,
});

const mix = (positive: number, neutral: number, negative: number, unscored = 0): SentimentMix => {
  const scored = positive + neutral + negative;
  return { positive, neutral, negative, unscored, net: scored === 0 ? null : ((positive - negative) / scored) * 100 };
};

const DAY = 86_400_000;
// 2017-W44 in Europe/London: Monday 30 October 2017 00:00 GMT (after the 29 October DST change).
const FROM = Date.UTC(2017, 9, 30);

/**
 * A complete WeeklyReport for 2017-W44 with hostile and awkward text in handles, topics, site names
 * and alert titles, used to test the exports (escaping, CSV injection, layout) without a database.
 */
export function reportFixture(): WeeklyReport {
  const days = Array.from({ length: 7 }, (_, i) => {
    const date = new Date(FROM + i * DAY).toISOString().slice(0, 10);
    return { date, volume: 120 + i * 9, sentiment: mix(20 + i, 50, 45 + (i % 3) * 4, 5) };
  });
  return {
    range: { label: '2017-W44', from: FROM, to: FROM + 7 * DAY, previousLabel: '2017-W43', previousFrom: FROM - 7 * DAY - 3_600_000, previousTo: FROM, timeZone: 'Europe/London' },
    provenance: {
      snapshotHash: 'a3f5c0ffee0123456789abcdef0123456789abcdef0123456789abcdef012345',
      dbName: `listening-post ${HOSTILE}.sqlite`,
      schemaVersion: 10,
      appVersion: '0.1.0',
      modelVersions: ['lexicon-v3', `nb-2017-10 ${HOSTILE}`],
      ruleVersions: { topics: 'topics-1', persistence: 'persist-2', pii: 'mask-1', sla: 'sla-3' },
      timeZone: 'Europe/London',
      piiIncluded: false,
      generatedAt: Date.UTC(2017, 10, 6, 7, 0),
      fromSnapshot: false,
    },
    siteFilter: null,
    totals: {
      volume: change(1029, 950),
      net: change(-18.5, -12.25),
      sentiment: mix(161, 350, 340, 35),
      previousSentiment: mix(170, 330, 290, 40),
      responseRate: change(0.82, 0.79),
      contacts: change(64, 71),
    },
    days,
    trend: ['2017-W37', '2017-W38', '2017-W39', '2017-W40', '2017-W41', '2017-W42', '2017-W43', '2017-W44'].map((week, i) => ({
      week,
      volume: 800 + i * 30,
      net: i === 2 ? null : -10 - i,
      negativeShare: i === 2 ? null : 0.3 + i * 0.01,
      contacts: 60 + i,
    })),
    sites: [
      {
        siteId: 1, site: 'twitter', kind: 'microblog', policy: 'respond', volume: change(700, 640),
        sentiment: mix(100, 240, 230, 20), previousSentiment: mix(110, 220, 200, 25),
        responseRate: 0.85, previousResponseRate: 0.8, medianFirstResponseMin: 42, previousMedianFirstResponseMin: 55, slaTargetMin: 60, withinSla: 0.74,
      },
      {
        siteId: 2, site: HOSTILE, kind: 'forum', policy: 'monitor', volume: change(200, 210),
        sentiment: mix(40, 70, 70, 10), previousSentiment: mix(40, 70, 60, 10),
        responseRate: null, previousResponseRate: 0.5, medianFirstResponseMin: null, previousMedianFirstResponseMin: 180, slaTargetMin: null, withinSla: null,
      },
      {
        siteId: 3, site: AWKWARD, kind: 'reviews', policy: 'respond', volume: change(129, 100),
        sentiment: mix(21, 40, 40, 5), previousSentiment: mix(20, 40, 30, 5),
        responseRate: 0.6, previousResponseRate: 0.7, medianFirstResponseMin: 300, previousMedianFirstResponseMin: 240, slaTargetMin: 240, withinSla: 0.4,
      },
    ],
    topics: [
      { name: 'lost bag', group: null, count: change(150, 120), negativeShare: 0.8 },
      { name: HOSTILE, group: null, count: change(90, 0), negativeShare: 0.5 },
      { name: FORMULA, group: 'twitter', count: change(30, 40), negativeShare: 0.1 },
      { name: AWKWARD, group: HOSTILE, count: change(12, 12), negativeShare: null },
    ],
    reasons: [
      { name: 'Refund request', group: 'phone', count: change(25, 30), negativeShare: null },
      { name: `-1+2 ${HOSTILE}`, group: 'email', count: change(8, 4), negativeShare: null },
    ],
    cases: {
      opened: change(48, 40),
      resolved: change(41, 44),
      breached: change(6, 3),
      medianResolutionHours: 19.5,
      bySite: [
        { siteId: 1, site: 'twitter', opened: 40, resolved: 35, breached: 4 },
        { siteId: 2, site: HOSTILE, opened: 8, resolved: 6, breached: 2 },
      ],
    },
    persistence: [
      { authorId: 11, handle: `@${HOSTILE}`, site: 'twitter', status: 'new', negativePosts: 7, lastPostAt: FROM + 2 * DAY, customer: 'J*** S****' },
      { authorId: 12, handle: '@angry_anna', site: 'twitter', status: 'continuing', negativePosts: 12, lastPostAt: FROM + 5 * DAY, customer: null },
      { authorId: 13, handle: `@${AWKWARD}`, site: AWKWARD, status: 'recovered', negativePosts: 0, lastPostAt: FROM + DAY, customer: '@+1 555' },
    ],
    reach: [
      { authorId: 21, handle: '@happy_hal', site: 'twitter', role: 'advocate', reach: 0.91, followers: 120_000, posts: 9, net: 77.7 },
      { authorId: 22, handle: `@${HOSTILE}`, site: 'twitter', role: 'detractor', reach: 0.66, followers: 45_000, posts: 14, net: -92.9 },
      { authorId: 23, handle: `@${FORMULA}`, site: HOSTILE, role: 'detractor', reach: null, followers: null, posts: 3, net: null },
    ],
    alerts: [
      { id: 1, kind: 'spike', severity: 'high', title: `Spike on ${HOSTILE}`, site: HOSTILE, raisedAt: FROM + 3 * DAY + 3_600_000, acknowledgedAt: FROM + 3 * DAY + 4_000_000 },
      { id: 2, kind: 'negative-share', severity: 'medium', title: AWKWARD, site: null, raisedAt: FROM + 4 * DAY, acknowledgedAt: null },
    ],
    channels: [
      { channel: 'twitter', social: true, volume: change(300, 280), customers: 120, net: -20.5, resolvedShare: 0.7, topReasons: [{ name: 'lost bag', count: 40 }, { name: HOSTILE, count: 3 }] },
      { channel: 'phone', social: false, volume: change(50, 60), customers: 45, net: null, resolvedShare: 0.9, topReasons: [{ name: 'Refund request', count: 20 }] },
      { channel: AWKWARD, social: false, volume: change(14, 11), customers: 10, net: null, resolvedShare: null, topReasons: [] },
    ],
    siteShares: [
      { site: 'twitter', customers: 120, share: 0.8 },
      { site: HOSTILE, customers: 30, share: 0.2 },
      { site: AWKWARD, customers: 15, share: 0.1 },
    ],
    activeCustomers: 150,
    persistenceTotals: { new: 4, continuing: 1, recovered: 1 },
  };
}
