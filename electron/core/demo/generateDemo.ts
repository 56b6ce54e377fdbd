import { createRandom } from '../../../shared/reach/random';
import type { IncomingPost } from '../ingest/preset';
import { DAY, HOUR, makeCast, timeInDay, type DemoCast, type DemoSite, type Gen } from './demoModel';
import { COMPANY, DEMO_SITES } from './demoSites';
import { forumThread, newsItem, pageComment, rant, viralAftermath } from './otherStories';
import { spamTweet, twitterConversation, viralStory, type Opening } from './twitterStories';
import { loadWordLists, pickOne, type WordLists } from './wordLists';

/** Options of the demo generator; the same seed, days and end give the same data. */
export interface DemoOptions {
  seed?: number;
  days?: number;
  /** Epoch ms the demo ends at (default: now, rounded down to the hour). */
  end?: number;
  words?: WordLists;
}

/** A follow edge of the demo's microblog: `follower` follows `followee`. */
export interface DemoFollow {
  follower: string;
  followee: string;
}

/** What the generator makes: sites to register, posts in time order, and a follower graph. */
export interface DemoData {
  sites: DemoSite[];
  posts: IncomingPost[];
  follows: DemoFollow[];
  cast: DemoCast;
  viralRootId: string | null;
}

const DAILY: [Opening, number][] = [
  ['complaint', 38],
  ['question', 18],
  ['praise', 11],
];

/** One day of ordinary traffic on every site. */
function simulateDay(g: Gen, dayStart: number): void {
  const { rnd, cast } = g;
  const weekend = [0, 6].includes(new Date(dayStart).getUTCDay()) ? 0.75 : 1;
  const count = (base: number): number => Math.round(base * weekend * (0.8 + 0.4 * rnd()));
  for (const [opening, base] of DAILY) {
    for (let i = count(base); i > 0; i--) twitterConversation(g, pickOne(cast.customers, rnd), timeInDay(dayStart, rnd), opening);
  }
  for (let i = count(3); i > 0; i--) spamTweet(g, timeInDay(dayStart, rnd), i);
  for (let i = count(12); i > 0; i--) pageComment(g, pickOne(cast.customers, rnd), timeInDay(dayStart, rnd));
  for (let i = count(5); i > 0; i--) forumThread(g, pickOne(cast.customers, rnd), timeInDay(dayStart, rnd));
  for (let i = count(3); i > 0; i--) rant(g, pickOne(cast.customers, rnd), timeInDay(dayStart, rnd));
  if (rnd() < 0.6) newsItem(g, timeInDay(dayStart, rnd));
}

/** The people with a story: the unhappy keep complaining, the advocate keeps praising. */
function simulateRegulars(g: Gen, dayStart: number, day: number): void {
  g.cast.unhappy.forEach((who, i) => {
    if ((day + i) % 3 === 0) twitterConversation(g, who, timeInDay(dayStart, g.rnd), 'unhappy');
  });
  if (day % 2 === 1) twitterConversation(g, g.cast.advocate, timeInDay(dayStart, g.rnd), 'praise');
}

/**
 * A follower graph for the microblog: people follow the company, a few friends, and (more likely)
 * well-followed accounts; the advocate and the viral complainer have large followings.
 */
function makeFollows(cast: DemoCast, seed: number): DemoFollow[] {
  const rnd = createRandom(seed ^ 0xf011);
  const people = [...cast.customers, cast.viral, cast.advocate];
  const stars = [cast.viral, cast.advocate];
  const edges = new Set<string>();
  const add = (a: string, b: string): void => void (a !== b && edges.add(`${a}\u0000${b}`));
  for (const p of people) {
    if (rnd() < 0.55) add(p.handle, COMPANY.twitter);
    const friends = 1 + Math.floor(-Math.log(1 - rnd()) * 5);
    for (let i = 0; i < friends; i++) add(p.handle, pickOne(people, rnd).handle);
    for (const s of stars) if (rnd() < 0.3) add(p.handle, s.handle);
  }
  return [...edges].map((e) => {
    const [follower, followee] = e.split('\u0000');
    return { follower, followee };
  });
}

/**
 * Generates a believable few weeks of posts across five sites: threads with company replies and
 * realistic response times, three customers who stay unhappy, a viral complaint, an advocate,
 * spam the filters hide, and a follower graph. Deterministic for a seed, days and end.
 */
export function generateDemo(opts: DemoOptions = {}): DemoData {
  const seed = opts.seed ?? 7;
  const days = opts.days ?? 21;
  const end = opts.end ?? Math.floor(Date.now() / HOUR) * HOUR;
  const words = opts.words ?? loadWordLists();
  const start = Math.floor((end - days * DAY) / DAY) * DAY;
  const cast = makeCast(words, seed, 420);
  const g: Gen = { rnd: createRandom(seed), words, start, end, cast, posts: [], counters: new Map() };
  let viral: { rootId: string | null; city: string } = { rootId: null, city: '' };
  const viralDay = Math.max(0, Math.floor(days * 0.6));
  for (let day = 0; day <= days; day++) {
    const dayStart = start + day * DAY;
    simulateDay(g, dayStart);
    simulateRegulars(g, dayStart, day);
    if (day === viralDay) {
      viral = viralStory(g, dayStart + 14 * HOUR + 10 * 60_000);
      viralAftermath(g, dayStart + 14 * HOUR, viral.city);
    }
  }
  // Stable order: by time, then by site and id so equal times never reorder between runs.
  g.posts.sort((a, b) => a.createdAt - b.createdAt || a.site.localeCompare(b.site) || a.externalId.localeCompare(b.externalId));
  return { sites: DEMO_SITES, posts: g.posts, follows: makeFollows(cast, seed), cast, viralRootId: viral.rootId };
}
