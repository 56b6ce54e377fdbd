import { decodeEntities } from './entities';
import { checkText, MAX_LOCATION_CHARS, parseLocation, type MappedRow, type Preset } from './preset';
import { parseSpacedOffsetTime, parseTwitterTime } from './timestamps';

/** The site name both tweet exports land on. */
export const TWITTER_SITE = 'twitter';

const field = (rec: Record<string, string>, name: string): string => (rec[name] ?? '').trim();

/** Maps one row of the Customer Support on Twitter export (see ../shared/data/twcs/README.md). */
export function mapTwcsRecord(rec: Record<string, string>): MappedRow {
  const id = field(rec, 'tweet_id');
  if (!id) return { ok: false, reason: 'missing tweet_id' };
  const author = field(rec, 'author_id');
  if (!author) return { ok: false, reason: 'missing author_id' };
  const inbound = field(rec, 'inbound');
  if (inbound !== 'True' && inbound !== 'False') return { ok: false, reason: `bad inbound "${inbound.slice(0, 20)}" (want True or False)` };
  const createdAt = parseTwitterTime(field(rec, 'created_at'));
  if (createdAt === null) return { ok: false, reason: `bad created_at "${field(rec, 'created_at').slice(0, 40)}" (want "Tue Oct 31 22:10:47 +0000 2017")` };
  const textProblem = checkText(rec.text);
  if (textProblem) return { ok: false, reason: textProblem };
  const parent = field(rec, 'in_response_to_tweet_id').replace(/\.0$/, '');
  return {
    ok: true,
    post: {
      site: TWITTER_SITE,
      externalId: id,
      author,
      createdAt,
      text: rec.text,
      url: null,
      inReplyTo: parent || null,
      authorFollowers: null,
      // Outbound tweets are the brand's replies: their authors are company accounts.
      authorIsCompany: inbound === 'False',
      lang: null,
    },
  };
}

/**
 * Customer Support on Twitter (Kaggle `thoughtvector/customer-support-on-twitter`): reply chains
 * via `in_response_to_tweet_id`, brand accounts marked as company accounts from `inbound`.
 */
export const twcsPreset: Preset = {
  name: 'twcs',
  description: 'Customer Support on Twitter export (tweet_id, author_id, inbound, created_at, text, …)',
  requiredColumns: ['tweet_id', 'author_id', 'inbound', 'created_at', 'text', 'in_response_to_tweet_id'],
  mapRecord: mapTwcsRecord,
};

/**
 * Maps one row of the Twitter US Airline Sentiment export. HTML entities the export left in the
 * text (`&amp;`, `&lt;`, `&gt;`) are decoded, so posts read as they were written; the text is
 * still rendered as text, never as HTML. `tweet_location` becomes the author's location.
 */
export function mapAirlineRecord(rec: Record<string, string>): MappedRow {
  const id = field(rec, 'tweet_id');
  if (!id) return { ok: false, reason: 'missing tweet_id' };
  const author = field(rec, 'name');
  if (!author) return { ok: false, reason: 'missing name' };
  const createdAt = parseSpacedOffsetTime(field(rec, 'tweet_created'));
  if (createdAt === null) return { ok: false, reason: `bad tweet_created "${field(rec, 'tweet_created').slice(0, 40)}" (want "2015-02-16 23:36:05 -0800")` };
  const textProblem = checkText(rec.text);
  if (textProblem) return { ok: false, reason: textProblem };
  const authorLocation = parseLocation(rec.tweet_location);
  if (authorLocation === undefined) return { ok: false, reason: `bad tweet_location (longer than ${MAX_LOCATION_CHARS} characters)` };
  return {
    ok: true,
    post: {
      site: TWITTER_SITE,
      externalId: id,
      author,
      createdAt,
      text: decodeEntities(rec.text),
      url: null,
      inReplyTo: null,
      authorFollowers: null,
      authorIsCompany: false,
      lang: null,
      authorLocation,
    },
  };
}

/**
 * Twitter US Airline Sentiment (CrowdFlower): inbound tweets to six airlines, entities decoded,
 * `tweet_location` (the profile's free-text location, often blank) kept as the author's location.
 */
export const airlinePreset: Preset = {
  name: 'airline',
  description: 'Twitter US Airline Sentiment export (tweet_id, name, text, tweet_created, tweet_location, airline, …)',
  requiredColumns: ['tweet_id', 'name', 'text', 'tweet_created'],
  mapRecord: mapAirlineRecord,
};
