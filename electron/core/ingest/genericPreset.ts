import { checkText, parseCount, parseTimestamp, type MappedRow, type Preset } from './preset';

const field = (rec: Record<string, string>, name: string): string => (rec[name] ?? '').trim();

/**
 * The generic CSV: `id,site,author,created_at,text` required; `in_reply_to,url,author_followers`
 * optional; `created_at` in ISO 8601 or epoch milliseconds.
 */
export const genericPreset: Preset = {
  name: 'generic',
  description: 'CSV with id, site, author, created_at, text (+ in_reply_to, url, author_followers)',
  requiredColumns: ['id', 'site', 'author', 'created_at', 'text'],
  mapRecord(rec): MappedRow {
    const id = field(rec, 'id');
    if (!id) return { ok: false, reason: 'missing id' };
    const site = field(rec, 'site');
    if (!site) return { ok: false, reason: 'missing site' };
    const author = field(rec, 'author');
    if (!author) return { ok: false, reason: 'missing author' };
    const createdAt = parseTimestamp(field(rec, 'created_at'));
    if (createdAt === null) return { ok: false, reason: `bad created_at "${field(rec, 'created_at').slice(0, 40)}" (want ISO 8601 or epoch ms)` };
    const textProblem = checkText(rec.text);
    if (textProblem) return { ok: false, reason: textProblem };
    const followers = parseCount(rec.author_followers);
    if (followers === undefined) return { ok: false, reason: `bad author_followers "${field(rec, 'author_followers').slice(0, 40)}"` };
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
        authorFollowers: followers,
      },
    };
  },
};
