import type { ColumnMapping } from '../../../../shared/domain/importMapping';
import type { ImportProgress } from '../../../../shared/domain/importReport';

/** Header names (lower case, without spaces, dashes or underscores) each field is guessed from. */
type GuessedField = 'id' | 'site' | 'author' | 'createdAt' | 'text' | 'inReplyTo' | 'url' | 'authorFollowers' | 'authorIsCompany' | 'lang' | 'authorLocation';
const GUESSES: Record<GuessedField, string[]> = {
  id: ['id', 'postid', 'tweetid', 'messageid', 'ticket', 'ticketid', 'commentid', 'guid'],
  site: ['site', 'source', 'platform', 'channel', 'network'],
  author: ['author', 'user', 'username', 'handle', 'name', 'screenname', 'authorid', 'from'],
  createdAt: ['createdat', 'date', 'time', 'timestamp', 'datetime', 'posted', 'postedat', 'when', 'created'],
  text: ['text', 'body', 'content', 'message', 'comment', 'post', 'review'],
  inReplyTo: ['inreplyto', 'parent', 'parentid', 'replyto', 'inresponsetotweetid', 'inresponseto'],
  url: ['url', 'link', 'permalink'],
  authorFollowers: ['followers', 'authorfollowers', 'followercount', 'followerscount'],
  authorIsCompany: ['iscompany', 'authoriscompany', 'staff', 'isstaff', 'official', 'isbrand'],
  lang: ['lang', 'language', 'locale'],
  authorLocation: ['location', 'authorlocation', 'userlocation', 'tweetlocation', 'profilelocation', 'place', 'city'],
};

const norm = (h: string): string => h.toLowerCase().replace(/[\s_\-.]/g, '');

/** A first guess at a mapping from a file's header; the supervisor checks it in the dialog. */
export function guessMapping(header: string[]): ColumnMapping {
  const find = (field: keyof typeof GUESSES): string | null => header.find((h) => GUESSES[field].includes(norm(h))) ?? null;
  return {
    id: find('id') ?? '',
    siteColumn: find('site'),
    siteValue: null,
    author: find('author') ?? '',
    createdAt: find('createdAt') ?? '',
    timeFormat: 'auto',
    text: find('text') ?? '',
    inReplyTo: find('inReplyTo'),
    url: find('url'),
    authorFollowers: find('authorFollowers'),
    authorIsCompany: find('authorIsCompany'),
    lang: find('lang'),
    authorLocation: find('authorLocation'),
    decodeEntities: false,
  };
}

/** What is still missing before a mapping can run, or null when it is complete. */
export function mappingProblem(m: ColumnMapping): string | null {
  const missing = (['id', 'author', 'createdAt', 'text'] as const).filter((f) => !m[f]);
  if (missing.length) return `choose a column for ${missing.join(', ')}`;
  if (!m.siteColumn && !m.siteValue?.trim()) return 'choose a site column or type a site name';
  return null;
}

/** Share of the file read (0..1), rows per second and the estimated seconds left. */
export function progressFigures(p: ImportProgress): { share: number; rowsPerSecond: number; etaSeconds: number | null } {
  const share = p.bytesTotal > 0 ? Math.min(1, p.bytesRead / p.bytesTotal) : 0;
  const rowsLeft = share > 0 ? (p.rowsRead / share) * (1 - share) : null;
  const etaSeconds = rowsLeft !== null && p.rowsPerSecond > 0 ? Math.round(rowsLeft / p.rowsPerSecond) : null;
  return { share, rowsPerSecond: Math.round(p.rowsPerSecond), etaSeconds };
}
