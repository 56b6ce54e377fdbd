import type { SourceFilters } from '../../../shared/domain/source';
import { detectLanguage } from '../../../shared/sentiment/language';
import { tokenize } from '../../../shared/sentiment/text';

/** What relevance looks at in a post. */
export interface RelevanceInput {
  text: string;
  /** The language the source stated, or null to detect it (only when the site filters languages). */
  lang: string | null;
  authorIsCompany: boolean;
}

/** Decides whether a post of one site is relevant. */
export type RelevanceTest = (post: RelevanceInput) => boolean;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher for a list of terms, case-insensitive. A term starting with a letter, digit, `@` or
 * `#` must start a word (`delay` matches "Delayed" and "#delay" but not "relay"); other terms, such as
 * Japanese or Chinese words, match anywhere since those scripts do not separate words.
 */
export function compileTerms(terms: readonly string[]): ((text: string) => boolean) | null {
  const clean = [...new Set(terms.map((t) => t.trim().toLowerCase()).filter((t) => t !== ''))];
  if (clean.length === 0) return null;
  const worded = clean.filter((t) => /^[@#\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]/u.test(t));
  const anywhere = clean.filter((t) => !worded.includes(t));
  const re = worded.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${worded.map(escapeRegExp).join('|')})`, 'iu') : null;
  return (text) => {
    if (re?.test(text)) return true;
    if (anywhere.length === 0) return false;
    const lower = text.toLowerCase();
    return anywhere.some((t) => lower.includes(t));
  };
}

const primary = (code: string): string => code.toLowerCase().split('-')[0];

/**
 * Compiles a site's filters into a test. Company posts are always relevant; otherwise a post must
 * mention a keyword or brand (when any is set), no exclude term, and be in a listed language (when
 * any is set; posts without words pass).
 */
export function compileRelevance(filters: SourceFilters): RelevanceTest {
  const include = compileTerms([...filters.keywords, ...filters.brands]);
  const exclude = compileTerms(filters.exclude);
  const languages = new Set(filters.languages.map(primary).filter((l) => l !== ''));
  return (post) => {
    if (post.authorIsCompany) return true;
    if (include && !include(post.text)) return false;
    if (exclude?.(post.text)) return false;
    if (languages.size === 0) return true;
    const lang = post.lang ?? detectLanguage(post.text, tokenize(post.text));
    return lang === 'und' || languages.has(primary(lang));
  };
}
