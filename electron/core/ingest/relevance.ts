import type { SourceFilters } from '../../../shared/domain/source';
import { detectLanguage } from '../../../shared/sentiment/language';
import { tokenize } from '../../../shared/sentiment/text';

/** What relevance looks at in a post. */
export interface RelevanceInput {
  text: string;
  /** The language the source stated, or null to detect it (only when the site filters languages). */
  lang: string | null;
  authorIsCompany: boolean;
  /**
   * True when the post replies in a relevant conversation (its parent or thread root is relevant):
   * it then needs no keyword or brand of its own ("still waiting, anyone?"), but an exclude term
   * or a language outside the list still hides it.
   */
  threadRelevant?: boolean;
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
 * mention a keyword or brand (when any is set; a reply in a relevant conversation is let off), no
 * exclude term, and be in a listed language (when any is set; posts without words pass).
 */
export function compileRelevance(filters: SourceFilters): RelevanceTest {
  const include = compileTerms([...filters.keywords, ...filters.brands]);
  const exclude = compileTerms(filters.exclude);
  const languages = new Set(filters.languages.map(primary).filter((l) => l !== ''));
  return (post) => {
    if (post.authorIsCompany) return true;
    if (include && !post.threadRelevant && !include(post.text)) return false;
    if (exclude?.(post.text)) return false;
    if (languages.size === 0) return true;
    const lang = post.lang ?? detectLanguage(post.text, tokenize(post.text));
    return lang === 'und' || languages.has(primary(lang));
  };
}

/** Ids that tie the posts of a batch into conversations (index-aligned; see linkBatch). */
export interface ThreadIds {
  /** Row id of each post, null for one not stored by this batch. */
  ids: (number | null)[];
  parentIds: (number | null)[];
  rootIds: (number | null)[];
}

/**
 * Final relevance of a batch's posts: `own` is each post's test on its own; a reply that failed
 * it but would pass in a relevant conversation (`inheritable`) is relevant when its parent or
 * thread root is, looked up in the batch (resolved first, walking up chains of any length without
 * recursion) or among stored posts (`storedRelevant`, the relevant ones of the ids referred to).
 */
export function inheritRelevance(t: ThreadIds, own: boolean[], inheritable: boolean[], storedRelevant: Set<number>): boolean[] {
  const at = new Map<number, number>();
  t.ids.forEach((id, i) => id !== null && at.set(id, i));
  const out = own.slice();
  const done = own.map((o, i) => o || !inheritable[i] || t.parentIds[i] === null);
  /** true/false when known, the batch index to resolve first when not. */
  const look = (id: number | null): boolean | number => {
    if (id === null) return false;
    const j = at.get(id);
    if (j === undefined) return storedRelevant.has(id);
    return done[j] ? out[j] : j;
  };
  for (let i = 0; i < out.length; i++) {
    const chain = done[i] ? [] : [i];
    while (chain.length > 0) {
      const k = chain[chain.length - 1];
      const [parent, root] = [look(t.parentIds[k]), look(t.rootIds[k])];
      const next = typeof parent === 'number' ? parent : typeof root === 'number' ? root : null;
      if (parent === true || root === true || next === null) {
        out[k] = parent === true || root === true;
        done[k] = true;
        chain.pop();
      } else chain.push(next);
    }
  }
  return out;
}
