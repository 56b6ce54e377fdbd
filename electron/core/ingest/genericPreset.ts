import { checkText, MAX_LOCATION_CHARS, parseCount, parseFlag, parseLang, parseLocation, parseTimestamp, type MappedRow, type Preset } from './preset';

const field = (rec: Record<string, string>, name: string): string => (rec[name] ?? '').trim();
const shown = (rec: Record<string, string>, name: string): string => field(rec, name).slice(0, 40);

/** Reads the optional columns; a reason string when one is malformed. */
function readOptional(rec: Record<string, string>): { followers: number | null; isCompany: boolean; lang: string | null; location: string | null } | string {
  const followers = parseCount(rec.author_followers);
  if (followers === undefined) return `bad author_followers "${shown(rec, 'author_followers')}"`;
  const isCompany = parseFlag(rec.author_is_company);
  if (isCompany === undefined) return `bad author_is_company "${shown(rec, 'author_is_company')}" (want true or false)`;
  const lang = parseLang(rec.lang);
  if (lang === undefined) return `bad lang "${shown(rec, 'lang')}" (want a language code such as en)`;
  const location = parseLocation(rec.author_location);
  if (location === undefined) return `bad author_location "${shown(rec, 'author_location')}…" (longer than ${MAX_LOCATION_CHARS} characters)`;
  return { followers, isCompany, lang, location };
}

/**
 * The generic format: `id,site,author,created_at,text` required; `in_reply_to,url,
 * author_followers,author_is_company,lang,author_location` optional; `created_at` in ISO 8601 or
 * epoch ms; `author_location` is the profile's free-text location ("Leeds, UK").
 */
export function mapGenericRecord(rec: Record<string, string>): MappedRow {
  const id = field(rec, 'id');
  if (!id) return { ok: false, reason: 'missing id' };
  const site = field(rec, 'site');
  if (!site) return { ok: false, reason: 'missing site' };
  const author = field(rec, 'author');
  if (!author) return { ok: false, reason: 'missing author' };
  const createdAt = parseTimestamp(field(rec, 'created_at'));
  if (createdAt === null) return { ok: false, reason: `bad created_at "${shown(rec, 'created_at')}" (want ISO 8601 or epoch ms)` };
  const textProblem = checkText(rec.text);
  if (textProblem) return { ok: false, reason: textProblem };
  const extra = readOptional(rec);
  if (typeof extra === 'string') return { ok: false, reason: extra };
  return {
    ok: true,
    post: {
      site,
      externalId: id,
      author,
      createdAt,
      text: rec.text ?? '',
      url: field(rec, 'url') || null,
      inReplyTo: field(rec, 'in_reply_to') || null,
      authorFollowers: extra.followers,
      authorIsCompany: extra.isCompany,
      lang: extra.lang,
      authorLocation: extra.location,
    },
  };
}

/** The generic CSV preset (see mapGenericRecord for the columns). */
export const genericPreset: Preset = {
  name: 'generic',
  description: 'CSV with id, site, author, created_at, text (+ in_reply_to, url, author_followers, author_is_company, lang, author_location)',
  requiredColumns: ['id', 'site', 'author', 'created_at', 'text'],
  mapRecord: mapGenericRecord,
};

/** JSON Lines with the generic fields, one object per line; `created_at` may be a number (epoch ms). */
export const jsonlPreset: Preset = {
  name: 'jsonl',
  description: 'JSON Lines: one object per line with the generic fields (id, site, author, created_at, text, …)',
  requiredColumns: ['id', 'site', 'author', 'created_at', 'text'],
  format: 'jsonl',
  mapRecord: mapGenericRecord,
};
