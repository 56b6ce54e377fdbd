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

// Sticky patterns, each tried only where its first character can start it.
const MENTION_Y = /[@＠][\p{L}\p{N}_]+/uy;
const HASHTAG_Y = /#[\p{L}\p{N}_]+/uy;
const EMOTICON_Y = /(?:>?[:;=][-'^o]?[)(\]\[DPpOo/\\|@*3$]+|[(\[][-']?[:;=]|<\/?3+|\^_*\^|-_+-|[xX]D+)(?![\p{L}\p{N}])/uy;
const WORD_Y = /[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*(?:['’][\p{L}\p{M}]+)*/uy;
const NUMBER_Y = /\p{N}+(?:[.,:]\p{N}+)*\p{L}*/uy;
const EMOJI_Y = /\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic})*/uy;
const SPACE_RE = /\s/u;
const EMOTICON_START = new Set(':;=>([<^-xX'.split('').map((ch) => ch.charCodeAt(0)));
const PUNCT = new Set('!?.,;:…'.split('').map((ch) => ch.charCodeAt(0)));
const REPEAT3_RE = /(\p{L})\1{2,}/gu;
const REPEAT2_RE = /(\p{L})\1+/gu;
const EMOJI_TAIL_RE = /[\uFE0F\u200D]|\p{Emoji_Modifier}/gu;

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiWordChar = (c: number): boolean => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;

/** End of the sticky match of `re` at `i`, or -1. */
function stickyEnd(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex : -1;
}

/** An ASCII word (letters, digits, "_", inner apostrophes) without a regex; falls back to WORD_Y on other scripts. */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isAsciiWordChar(c)) j++;
    else if (c >= 0x80) return stickyEnd(WORD_Y, text, i);
    else if (c === 39 && isAsciiLetter(text.charCodeAt(j + 1))) j += 2;
    else break;
  }
  return j;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** An ASCII number with separators and a unit ("3", "10:30", "1,200", "3hrs") without a regex. */
function numberEnd(text: string, i: number): number {
  let j = i;
  while (isDigit(text.charCodeAt(j))) j++;
  for (;;) {
    const sep = text.charCodeAt(j);
    if ((sep === 46 || sep === 44 || sep === 58) && isDigit(text.charCodeAt(j + 1))) {
      j += 2;
      while (isDigit(text.charCodeAt(j))) j++;
    } else break;
  }
  while (isAsciiLetter(text.charCodeAt(j))) j++;
  return text.charCodeAt(j) >= 0x80 ? stickyEnd(NUMBER_Y, text, i) : j;
}

function urlEnd(text: string, i: number): number {
  if (!text.startsWith('http://', i) && !text.startsWith('https://', i) && !text.startsWith('www.', i)) return -1;
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c <= 32 || (c >= 0x80 && SPACE_RE.test(text[j]))) break;
    j++;
  }
  return j;
}

let scannedKind: TokenKind = 'punct';

function found(kind: TokenKind, end: number): number {
  scannedKind = kind;
  return end;
}

/** The end of the token starting at `i` (its kind in `scannedKind`), tried in a fixed order of precedence; -1 when none. */
function scanAt(text: string, i: number, c: number): number {
  let end = -1;
  if ((c === 104 || c === 119) && (end = urlEnd(text, i)) > i) return found('url', end);
  if ((c === 64 || c === 0xff20) && (end = stickyEnd(MENTION_Y, text, i)) > i) return found('mention', end);
  if (c === 35 && (end = stickyEnd(HASHTAG_Y, text, i)) > i) return found('hashtag', end);
  if (EMOTICON_START.has(c) && (end = stickyEnd(EMOTICON_Y, text, i)) > i) return found('emoticon', end);
  if (isAsciiLetter(c) || c >= 0x80) {
    end = isAsciiLetter(c) ? wordEnd(text, i) : stickyEnd(WORD_Y, text, i);
    if (end > i) return found('word', end);
  }
  if ((c >= 48 && c <= 57) || c >= 0x80) {
    end = c < 0x80 ? numberEnd(text, i) : stickyEnd(NUMBER_Y, text, i);
    if (end > i) return found('number', end);
  }
  if (c >= 0x80 && (end = stickyEnd(EMOJI_Y, text, i)) > i) return found('emoji', end);
  if (PUNCT.has(c)) {
    end = i + 1;
    while (end < text.length && PUNCT.has(text.charCodeAt(end))) end++;
    return found('punct', end);
  }
  return found('punct', -1);
}

/**
 * Splits a post into tokens in one left-to-right scan: URLs, @mentions, #hashtags, emoticons,
 * words (with inner apostrophes), numbers (with a unit suffix, e.g. "3hrs"), emoji and runs of
 * clause punctuation. Other characters are skipped. ASCII text needs no regex. Never throws.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c <= 32) {
      i++;
      continue;
    }
    const end = scanAt(text, i, c);
    if (end > i) {
      out.push(makeToken(scannedKind, text.slice(i, end)));
      i = end;
    } else i++;
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
