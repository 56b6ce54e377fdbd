/** What a token is; the scorer and the feature extractor treat each kind differently. */
export type TokenKind = 'word' | 'number' | 'emoji' | 'emoticon' | 'url' | 'mention' | 'hashtag' | 'punct';

/** One token of a post. `norm` is lower-cased with runs of 3+ letters squeezed to 2. */
export interface Token {
  kind: TokenKind;
  raw: string;
  norm: string;
  /** `norm` with every repeated letter run squeezed to 1 ("sooo" → "so"), or '' when not elongated. */
  squeezed: string;
  /** True for an ALL-CAPS word of 2+ letters. */
  caps: boolean;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', rsquo: '’', lsquo: '‘',
  rdquo: '”', ldquo: '“', ndash: '–', mdash: '—', euro: '€', pound: '£', copy: '©', reg: '®', trade: '™',
};

const ENTITY_RE = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi;

/**
 * Decodes the HTML entities found in scraped social posts (`&amp;`, `&lt;`, `&#39;`, `&#x1F600;` …).
 * Unknown or invalid entities are left as they are. Decodes twice so `&amp;amp;` becomes `&`.
 */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  const once = text.replace(ENTITY_RE, decodeOne);
  return once.indexOf('&') < 0 || once === text ? once : once.replace(ENTITY_RE, decodeOne);
}

function decodeOne(whole: string, body: string): string {
  if (body[0] === '#') {
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
}

// One pass over the text; alternatives are tried in this order at each position.
const TOKEN_RE = new RegExp(
  [
    String.raw`(https?:\/\/\S+|www\.\S+)`,
    String.raw`([@＠][\p{L}\p{N}_]+)`,
    String.raw`(#[\p{L}\p{N}_]+)`,
    String.raw`((?:>?[:;=][-'^o]?[)(\]\[DPpOo/\\|@*3$]+|[(\[][-']?[:;=]|<\/?3+|\^_*\^|-_+-|[xX]D+)(?![\p{L}\p{N}]))`,
    String.raw`([\p{L}\p{M}][\p{L}\p{M}\p{N}_]*(?:['’][\p{L}\p{M}]+)*)`,
    String.raw`(\p{N}+(?:[.,:]\p{N}+)*\p{L}*)`,
    String.raw`(\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic})*)`,
    String.raw`([!?.,;:…]+)`,
  ].join('|'),
  'gu',
);

const KINDS: TokenKind[] = ['url', 'mention', 'hashtag', 'emoticon', 'word', 'number', 'emoji', 'punct'];
const REPEAT3_RE = /(\p{L})\1{2,}/gu;
const REPEAT2_RE = /(\p{L})\1+/gu;
const EMOJI_TAIL_RE = /[\uFE0F\u200D]|\p{Emoji_Modifier}/gu;

/**
 * Splits a post into tokens in one regex pass: URLs, @mentions, #hashtags, emoticons, words
 * (with inner apostrophes), numbers (with a unit suffix, e.g. "3hrs"), emoji and runs of
 * clause punctuation. Other characters are skipped. Never throws.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let g = 1;
    while (m[g] === undefined) g++;
    out.push(makeToken(KINDS[g - 1], m[g]));
  }
  return out;
}

function makeToken(kind: TokenKind, raw: string): Token {
  if (kind === 'word' || kind === 'hashtag') {
    const body = kind === 'hashtag' ? raw.slice(1) : raw;
    let lower = body.toLowerCase();
    if (lower.indexOf('’') >= 0) lower = lower.replace(/’/g, "'");
    const norm = hasTripleLetter(lower) ? lower.replace(REPEAT3_RE, '$1$1') : lower;
    const squeezed = norm === lower ? '' : norm.replace(REPEAT2_RE, '$1');
    const caps = kind === 'word' && raw.length > 1 && raw.charCodeAt(0) !== lower.charCodeAt(0) && raw === raw.toUpperCase();
    return { kind, raw, norm, squeezed, caps };
  }
  if (kind === 'emoji') return { kind, raw, norm: raw.length > 2 ? raw.replace(EMOJI_TAIL_RE, '') : raw, squeezed: '', caps: false };
  if (kind === 'emoticon') return { kind, raw, norm: raw, squeezed: '', caps: false };
  return { kind, raw, norm: raw.toLowerCase(), squeezed: '', caps: false };
}

/** Cheaper than running the back-reference regex on every word: most words have no run of three. */
function hasTripleLetter(s: string): boolean {
  for (let i = 2; i < s.length; i++) if (s.charCodeAt(i) === s.charCodeAt(i - 1) && s.charCodeAt(i) === s.charCodeAt(i - 2)) return true;
  return false;
}

/** Splits a hashtag body into words at case changes ("NotHappy" → ["not", "happy"]); [] when it has no inner capital. */
export function splitHashtag(raw: string): string[] {
  const body = raw.startsWith('#') ? raw.slice(1) : raw;
  const parts = body.match(/\p{Lu}+(?![\p{Ll}])|\p{Lu}?\p{Ll}+|\p{N}+/gu);
  return parts && parts.length > 1 ? parts.map((p) => p.toLowerCase()) : [];
}
