/**
 * Measuring a reply the way the destination site does. Microblogs use Twitter's weighted count
 * (twitter-text v3: https://github.com/twitter/twitter-text/blob/master/config/v3.json), where a
 * URL counts as 23, code points in the Latin/Greek/Cyrillic/punctuation ranges count 1, everything
 * else (CJK, most emoji) 2, and an emoji sequence counts once. Other sites count grapheme clusters
 * (user-perceived characters).
 */

/** Characters a URL counts as on Twitter/X, however long it is (t.co wrapping). */
export const TWITTER_URL_LENGTH = 23;

// Scheme URLs, www. hosts and bare domains with a common TLD, without trailing punctuation.
// Bounded label counts and a lookbehind keep this linear on inputs like "a.a.a.a…".
const URL_RE =
  /(?<![\w.@-])(?:https?:\/\/[^\s<>"]+|www\.[^\s<>"]+|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.(?:com|org|net|io|uk|us|eu|de|fr|info|biz|app|help|support)\b(?:\/[^\s<>"]*)?)/giu;
const TRAILING_PUNCT_RE = /[.,;:!?)\]'"’”]+$/u;
// Flags (regional-indicator pairs) and keycaps (1️⃣) are emoji too, though not Extended_Pictographic.
const EMOJI_RE = /\p{Extended_Pictographic}|\p{RI}|\u20E3|\uFE0F/u;
const LIGHT_RANGES: readonly [number, number][] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];

/**
 * Grapheme clusters, approximated: CRLF; a pair of regional indicators (a flag); or a base with its
 * combining marks, variation selectors, skin-tone modifiers, tag characters and ZWJ-joined parts.
 * Intl.Segmenter is exact but slows down quadratically on long strings in V8.
 */
const GRAPHEME_RE =
  /\r\n|\p{RI}\p{RI}|[^\p{M}](?:\p{M}|[\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]|\u200D[^\p{M}])*|\p{M}+/gsu;

function* graphemesOf(text: string): Generator<{ segment: string; index: number }> {
  for (const match of text.matchAll(GRAPHEME_RE)) yield { segment: match[0], index: match.index };
}

/** The URLs in a text with their positions (trailing sentence punctuation excluded). */
export function findUrls(text: string): { start: number; end: number; url: string }[] {
  const found: { start: number; end: number; url: string }[] = [];
  for (const match of text.matchAll(URL_RE)) {
    const url = match[0].replace(TRAILING_PUNCT_RE, '');
    if (url.length > 0) found.push({ start: match.index, end: match.index + url.length, url });
  }
  return found;
}

function weightOf(grapheme: string): number {
  if (EMOJI_RE.test(grapheme)) return 2;
  let weight = 0;
  for (const char of grapheme) {
    const code = char.codePointAt(0)!;
    weight += LIGHT_RANGES.some(([lo, hi]) => code >= lo && code <= hi) ? 1 : 2;
  }
  return weight;
}

/** Counting units in order: one per grapheme, or one per whole URL when weighted. */
function* unitsOf(text: string, weighted: boolean): Generator<{ index: number; weight: number }> {
  const urls = weighted ? findUrls(text) : [];
  let cursor = 0;
  for (const url of [...urls, { start: text.length, end: text.length, url: '' }]) {
    for (const { segment, index } of graphemesOf(text.slice(cursor, url.start))) {
      yield { index: cursor + index, weight: weighted ? weightOf(segment) : 1 };
    }
    if (url.url) yield { index: url.start, weight: TWITTER_URL_LENGTH };
    cursor = url.end;
  }
}

/**
 * Length of a reply: weighted Twitter-style when `weighted` (URLs count {@link TWITTER_URL_LENGTH}),
 * otherwise user-perceived characters (grapheme clusters). Text is NFC-normalised first.
 */
export function measureReplyLength(text: string, weighted: boolean): number {
  let total = 0;
  for (const unit of unitsOf(text.normalize('NFC'), weighted)) total += unit.weight;
  return total;
}

/**
 * Index in `text` (as given, not normalised) where the allowed length runs out, so the overflow
 * can be shown; `text.length` when it fits.
 */
export function overflowIndex(text: string, maxLength: number, weighted: boolean): number {
  let used = 0;
  for (const unit of unitsOf(text, weighted)) {
    used += unit.weight;
    if (used > maxLength) return unit.index;
  }
  return text.length;
}

/**
 * Number of sentences: runs of text ended by `.`, `!`, `?`, `…` or a line break. URLs, decimals
 * ("2.5") and common abbreviations ("e.g.", "Mr.") do not end a sentence.
 */
export function countSentences(text: string): number {
  const withoutUrls = text.replace(URL_RE, (url) => `URL${TRAILING_PUNCT_RE.exec(url)?.[0] ?? ''}`);
  const cleaned = withoutUrls
    .replace(/\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|st|no|approx)\./giu, 'ABBR')
    .replace(/(\d)\.(\d)/gu, '$1$2');
  return cleaned.split(/[.!?…]+|\n+/u).filter((part) => /[\p{L}\p{N}]/u.test(part)).length;
}
