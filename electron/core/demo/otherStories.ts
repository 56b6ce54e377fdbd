import { addPost, HOUR, logNormal, replyDelay, type DemoPerson, type Gen } from './demoModel';
import { COMPANY } from './demoSites';
import { pickOne, say } from './wordLists';

function post(g: Gen, site: string, who: DemoPerson | string, at: number, text: string, inReplyTo: string | null, url: (id: string) => string): string | null {
  const person = typeof who === 'string' ? null : who;
  const author = person ? person.handle : (who as string);
  const company = Object.values(COMPANY).includes(author as never);
  return addPost(g, { site, author, createdAt: Math.round(at), text, inReplyTo, authorFollowers: person?.followers ?? null, authorIsCompany: company, url });
}

/** A comment on the company's own page, answered by the social team most of the time. */
export function pageComment(g: Gen, who: DemoPerson, at: number): void {
  const { rnd, words } = g;
  const url = (id: string) => `https://facebook.example/acmeair/posts/${id}`;
  const id = post(g, 'acme-page', who, at, say(words, 'page', rnd, { name: who.name }), null, url);
  if (!id || rnd() > 0.7) return;
  const text = say(words, 'reply', rnd, { name: who.name, agent: pickOne(words.lists.agents, rnd) });
  post(g, 'acme-page', COMPANY.page, at + replyDelay(rnd, at, 60), text, id, url);
}

/** A forum thread: other travellers chime in; the team account answers some threads, slowly. */
export function forumThread(g: Gen, who: DemoPerson, at: number): void {
  const { rnd, words, cast } = g;
  const url = (id: string) => `https://travel-forum.example/t/${id}`;
  const id = post(g, 'travel-forum', who, at, say(words, 'forum', rnd, { name: who.name }), null, url);
  if (!id) return;
  const replies = Math.floor(rnd() * 5);
  let last = at;
  for (let i = 0; i < replies; i++) {
    last += logNormal(rnd, 90, 0.9) * 60_000;
    post(g, 'travel-forum', pickOne(cast.customers, rnd), last, say(words, 'forumReply', rnd), id, url);
  }
  if (rnd() < 0.35) {
    const text = say(words, 'reply', rnd, { name: who.name, agent: pickOne(words.lists.agents, rnd) });
    post(g, 'travel-forum', COMPANY.forum, at + replyDelay(rnd, at, 300), text, id, url);
  }
}

/** A rant on the review site; the policy there is never to respond. */
export function rant(g: Gen, who: DemoPerson, at: number, text?: string): void {
  post(g, 'rantboard', who, at, text ?? say(g.words, 'rant', g.rnd, { name: who.name }), null, (id) => `https://rantboard.example/r/${id}`);
}

/** A trade-press headline. */
export function newsItem(g: Gen, at: number, group = 'news', vars: Record<string, string> = {}): void {
  const outlet = pickOne(['travelwire_news', 'skyline_daily'], g.rnd);
  post(g, 'travel-news', outlet, at, say(g.words, group, g.rnd, vars), null, (id) => `https://travel-news.example/${id}`);
}

/** The day after the viral complaint: the press and the rant site pick it up. */
export function viralAftermath(g: Gen, at: number, city: string): void {
  newsItem(g, at + 19 * HOUR, 'viralNews', { city });
  for (let i = 0; i < 3; i++) rant(g, pickOne(g.cast.customers, g.rnd), at + (6 + i * 3) * HOUR);
}
