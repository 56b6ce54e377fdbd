import type { SiteKind, SitePolicy } from '../../../shared/domain/site';
import type { SourceFilters } from '../../../shared/domain/source';
import { createRandom, type Random } from '../../../shared/reach/random';
import type { IncomingPost } from '../ingest/preset';
import { pickOne, type WordLists } from './wordLists';

/** One hour and one day in ms. */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A site the demo fills, with how the registry should describe it. */
export interface DemoSite {
  name: string;
  kind: SiteKind;
  policy: SitePolicy;
  rating: number | null;
  notes: string;
  urlPattern: string;
  filters: SourceFilters;
  companyHandles: string[];
}

/** A person of the demo: a handle and the follower count their site shows. */
export interface DemoPerson {
  handle: string;
  name: string;
  followers: number;
}

/** The demo's cast: ordinary customers and the few with a story. */
export interface DemoCast {
  customers: DemoPerson[];
  unhappy: DemoPerson[];
  viral: DemoPerson;
  advocate: DemoPerson;
}

/** The generator's state: seeded randomness, vocabulary, time span, and the posts so far. */
export interface Gen {
  rnd: Random;
  words: WordLists;
  start: number;
  end: number;
  cast: DemoCast;
  posts: IncomingPost[];
  counters: Map<string, number>;
}

/** Standard normal by Box-Muller, from the seeded generator. */
export function normal(rnd: Random): number {
  return Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
}

/** A log-normal draw with the given median: how long replies take, how many followers people have. */
export function logNormal(rnd: Random, median: number, sigma: number): number {
  return median * Math.exp(sigma * normal(rnd));
}

/** Posts per hour of the day (UTC): quiet nights, busy mornings and evenings. */
const HOURLY = [1, 0.6, 0.4, 0.3, 0.3, 0.5, 1.2, 2.2, 3, 3.2, 3, 2.8, 2.9, 2.8, 2.7, 2.7, 2.9, 3.2, 3.4, 3.2, 2.8, 2.3, 1.8, 1.3];
const HOURLY_SUM = HOURLY.reduce((a, b) => a + b, 0);

/** A time within the day starting at `dayStart`, busier hours more likely. */
export function timeInDay(dayStart: number, rnd: Random): number {
  let r = rnd() * HOURLY_SUM;
  let hour = 0;
  while (hour < 23 && r >= HOURLY[hour]) r -= HOURLY[hour++];
  return dayStart + hour * HOUR + Math.floor(rnd() * HOUR);
}

/** How long the company takes to reply on a site: slower at night (07:00–20:00 UTC is staffed). */
export function replyDelay(rnd: Random, at: number, medianMinutes: number): number {
  const hour = new Date(at).getUTCHours();
  const staffed = hour >= 7 && hour < 20;
  const minutes = logNormal(rnd, medianMinutes * (staffed ? 1 : 6), 0.8);
  return Math.max(60_000, Math.round(minutes * 60_000));
}

function personOf(words: WordLists, rnd: Random, taken: Set<string>, followersMedian: number): DemoPerson {
  for (;;) {
    const name = pickOne(words.lists.firstNames, rnd);
    const suffix = rnd() < 0.5 ? `_${pickOne(words.lists.handleWords, rnd)}` : String(Math.floor(rnd() * 990) + 10);
    const handle = `${name.toLowerCase()}${suffix}`;
    if (taken.has(handle)) continue;
    taken.add(handle);
    return { handle, name, followers: Math.round(logNormal(rnd, followersMedian, 1.3)) };
  }
}

/** The cast: `n` customers, three who stay unhappy, one whose complaint goes viral, one advocate. */
export function makeCast(words: WordLists, seed: number, n: number): DemoCast {
  const rnd = createRandom(seed ^ 0x5eed);
  const taken = new Set<string>();
  const customers = Array.from({ length: n }, () => personOf(words, rnd, taken, 150));
  const viral = { ...personOf(words, rnd, taken, 400), followers: 12_400 };
  const advocate = { ...personOf(words, rnd, taken, 400), followers: 25_800 };
  return { customers, unhappy: customers.slice(0, 3), viral, advocate };
}

/** Adds a post and returns its external id (per-site counters keep ids stable for a seed). */
export function addPost(g: Gen, p: Omit<IncomingPost, 'externalId' | 'url' | 'lang'> & { url?: (id: string) => string }): string | null {
  if (p.createdAt > g.end || p.createdAt < g.start) return null;
  const n = (g.counters.get(p.site) ?? 0) + 1;
  g.counters.set(p.site, n);
  const externalId = p.site === 'twitter' ? String(1_500_000_000 + n) : `${p.site.slice(0, 2)}-${n}`;
  const { url, ...rest } = p;
  g.posts.push({ ...rest, externalId, url: url ? url(externalId) : null, lang: null });
  return externalId;
}
