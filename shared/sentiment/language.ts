import type { Token } from './text';

/**
 * A cheap language guess: the writing system first, then, for Latin script, counts of very common
 * words. Good enough to tell "this is not English, do not trust the English lexicon"; not a
 * general-purpose identifier. Word lists written by hand for Listening Post.
 */
const STOP_WORDS: Record<string, string> = {
  en: "the and is are was were to of my you your it for on with this that have has not be at we me just what why how can will get do so but our from they been would there an i'm i've don't can't thanks thank please hi",
  es: 'el la los las que de del y en es por para con una un mi su pero muy gracias hola vuelo como está estoy tengo nos ya lo más porque también cuando sin',
  fr: 'le la les des et est pour avec une un mon ma mes pas je vous nous très merci bonjour sur dans ce qui au aux mais vol',
  de: 'der die das und ist nicht ich mit ein eine mein sie wir zu auf für danke bitte sehr auch aber noch den dem flug',
  pt: 'o os as que de do da e em é para com uma um meu minha não muito obrigado obrigada voo mas você',
  it: 'il lo gli che di e è per con una un mio mia non molto grazie volo ma sono anche',
  nl: 'de het een en is van ik niet met voor op dank bedankt vlucht maar ook zijn',
};

const LANGS = Object.keys(STOP_WORDS);
const EN = LANGS.indexOf('en');
const EN_ONLY = 1 << EN;

/** Word → bit mask of the languages whose list holds it. */
const STOP_INDEX: Map<string, number> = buildIndex();

function buildIndex(): Map<string, number> {
  const index = new Map<string, number>();
  LANGS.forEach((lang, bit) => {
    for (const w of STOP_WORDS[lang].split(' ')) index.set(w, (index.get(w) ?? 0) | (1 << bit));
  });
  return index;
}

/** Non-Latin scripts and the language we report for each. Ranges are Unicode blocks. */
const SCRIPTS: ReadonlyArray<readonly [number, number, string]> = [
  [0x0370, 0x03ff, 'el'],
  [0x0400, 0x04ff, 'ru'],
  [0x0590, 0x05ff, 'he'],
  [0x0600, 0x06ff, 'ar'],
  [0x0750, 0x077f, 'ar'],
  [0x0900, 0x097f, 'hi'],
  [0x0e00, 0x0e7f, 'th'],
  [0x1100, 0x11ff, 'ko'],
  [0x3040, 0x30ff, 'ja'],
  [0x4e00, 0x9fff, 'zh'],
  [0xac00, 0xd7af, 'ko'],
];

const SAMPLE_CHARS = 4000;
/** Any character of the blocks in SCRIPTS (a native scan, so Latin-only posts skip the loop below). */
const NON_LATIN_RE = /[\u0370-\u077f\u0900-\u097f\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

/** The dominant non-Latin script language of `text`, or '' when Latin letters dominate or there are none. */
export function detectScript(text: string): string {
  if (!NON_LATIN_RE.test(text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text)) return '';
  const counts = new Map<string, number>();
  let latin = 0;
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) {
      latin++;
      continue;
    }
    if (c < 0x370 || (c >= 0xd800 && c < 0xe000)) continue;
    for (const [lo, hi, lang] of SCRIPTS) {
      if (c >= lo && c <= hi) {
        counts.set(lang, (counts.get(lang) ?? 0) + 1);
        break;
      }
    }
  }
  let best = '';
  let bestCount = 0;
  for (const [lang, n] of counts) if (n > bestCount) [best, bestCount] = [lang, n];
  if (best === 'zh' && (counts.get('ja') ?? 0) > 0) best = 'ja';
  // CJK packs a word into one or two characters, so weigh it up against Latin letters.
  const weight = best === 'zh' || best === 'ja' ? 3 : 1;
  return bestCount * weight > latin ? best : '';
}

/**
 * Guesses the language of a tokenised post: 'en', another ISO 639-1 code, or 'und' when the post has no words.
 * Ties and posts without any common words count as English, since the scorer's lexicon is English.
 */
export function detectLanguage(text: string, tokens: readonly Token[]): string {
  const script = detectScript(text);
  if (script) return script;
  const hits = new Int32Array(LANGS.length);
  let words = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    words++;
    const mask = STOP_INDEX.get(t.norm);
    if (mask === EN_ONLY) hits[EN]++;
    else if (mask) for (let b = 0; b < LANGS.length; b++) if (mask & (1 << b)) hits[b]++;
    if (words >= 400) break;
  }
  if (words === 0) return 'und';
  let best = EN;
  for (let b = 0; b < LANGS.length; b++) if (hits[b] > hits[best]) best = b;
  if (best === EN) return 'en';
  const enough = hits[best] >= 2 || (hits[EN] === 0 && words <= 4);
  return enough ? LANGS[best] : 'en';
}
