import { addPost, HOUR, logNormal, replyDelay, type DemoPerson, type Gen } from './demoModel';
import { COMPANY, COMPANY_FOLLOWERS } from './demoSites';
import { fillTemplate, pickOne, say } from './wordLists';

const tweetUrl = (handle: string) => (id: string) => `https://twitter.example/${handle}/status/${id}`;

/** Posts a tweet by a person (or the company) and returns its id, or null past the demo's end. */
export function tweet(g: Gen, who: DemoPerson | 'company', at: number, text: string, inReplyTo: string | null = null): string | null {
  const company = who === 'company';
  const handle = company ? COMPANY.twitter : who.handle;
  return addPost(g, {
    site: 'twitter',
    author: handle,
    createdAt: Math.round(at),
    text,
    inReplyTo,
    authorFollowers: company ? COMPANY_FOLLOWERS : who.followers,
    authorIsCompany: company,
    url: tweetUrl(handle),
  });
}

/** What a customer opens a conversation with. */
export type Opening = 'complaint' | 'question' | 'praise' | 'unhappy';

const ANSWER_RATE: Record<Opening, number> = { complaint: 0.85, question: 0.8, praise: 0.55, unhappy: 0.95 };
const REPLY_GROUP: Record<Opening, string> = { complaint: 'reply', unhappy: 'reply', question: 'answer', praise: 'thankReply' };

/** The customer's answer to the company's reply: thanks, or still waiting (always, for the unhappy). */
function followUp(g: Gen, who: DemoPerson, at: number, replyId: string, unhappy: boolean): void {
  const { rnd, words } = g;
  const when = at + logNormal(rnd, 40, 0.9) * 60_000;
  if (unhappy || rnd() < 0.3) {
    const id = tweet(g, who, when, `@${COMPANY.twitter} ${fillTemplate(pickOne(words.lists.stillWaiting, rnd), words, rnd)}`, replyId);
    if (id && rnd() < 0.6) tweet(g, 'company', when + replyDelay(rnd, when, 30), `@${who.handle} ${say(words, 'reply', rnd, { name: who.name, agent: pickOne(words.lists.agents, rnd) })}`, id);
  } else if (rnd() < 0.6) tweet(g, who, when, `@${COMPANY.twitter} ${pickOne(words.lists.thanks, rnd)}`, replyId);
}

/**
 * A customer conversation on the microblog: the opening post, maybe the company's reply after a
 * realistic delay, then the customer's follow-up; unanswered complaints sometimes get a nudge, and
 * the advocate now and then steps in.
 */
export function twitterConversation(g: Gen, who: DemoPerson, at: number, opening: Opening): void {
  const { rnd, words } = g;
  const rootId = tweet(g, who, at, say(words, opening, rnd, { name: who.name }));
  if (!rootId) return;
  const negative = opening === 'complaint' || opening === 'unhappy';
  if (negative && rnd() < 0.08) {
    tweet(g, g.cast.advocate, at + logNormal(rnd, 30, 0.6) * 60_000, `@${who.handle} @${COMPANY.twitter} ${pickOne(words.lists.defences, rnd)}`, rootId);
  }
  if (rnd() >= ANSWER_RATE[opening]) {
    if (negative && rnd() < 0.35) tweet(g, who, at + 3 * HOUR, say(words, 'nudge', rnd), rootId);
    return;
  }
  const t1 = at + replyDelay(rnd, at, opening === 'praise' ? 90 : 20);
  const text = say(words, REPLY_GROUP[opening], rnd, { name: who.name, agent: pickOne(words.lists.agents, rnd) });
  const replyId = tweet(g, 'company', t1, `@${who.handle} ${text}`, rootId);
  if (replyId && negative) followUp(g, who, t1, replyId, opening === 'unhappy');
}

/**
 * The viral complaint: a well-followed customer's post draws dozens of replies within hours, the
 * company answers fast, the advocate defends, the customer posts an update, and it makes the news.
 */
export function viralStory(g: Gen, at: number): { rootId: string | null; city: string } {
  const { rnd, words, cast } = g;
  const who = cast.viral;
  const city = pickOne(words.lists.city, rnd);
  const rootId = tweet(g, who, at, say(words, 'viral', rnd, { name: who.name, city, hours: 'six' }));
  if (!rootId) return { rootId, city };
  for (let i = 0; i < 90; i++) {
    const fan = pickOne(cast.customers, rnd);
    const when = at + (-Math.log(1 - rnd()) * 90 + 2) * 60_000;
    tweet(g, fan, when, `@${who.handle} @${COMPANY.twitter} ${fillTemplate(pickOne(words.lists.sameHere, rnd), words, rnd, { name: who.name })}`, rootId);
  }
  tweet(g, 'company', at + 35 * 60_000, `@${who.handle} ${say(words, 'viralReply', rnd, { name: who.name, agent: pickOne(words.lists.agents, rnd) })}`, rootId);
  tweet(g, cast.advocate, at + 50 * 60_000, `@${who.handle} @${COMPANY.twitter} ${pickOne(words.lists.defences, rnd)}`, rootId);
  tweet(g, who, at + 5 * HOUR, `@${COMPANY.twitter} ${say(words, 'viralUpdate', rnd)}`, rootId);
  return { rootId, city };
}

/** Spam that the microblog's exclude terms hide. */
export function spamTweet(g: Gen, at: number, n: number): void {
  tweet(g, { handle: `promo_deals${n % 7}`, name: 'Promo', followers: 12 }, at, pickOne(g.words.lists.spam, g.rnd));
}
