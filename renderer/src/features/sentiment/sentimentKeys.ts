import type { SentimentLabel } from '../../../../shared/sentiment/types';

/** One keystroke per label on the focused post. */
export const CORRECTION_KEYS: Readonly<Record<string, SentimentLabel>> = { n: 'negative', u: 'neutral', p: 'positive' };

/** The label a key corrects to, or undefined (modifiers, typing in a field, other keys). */
export function labelOfKey(e: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }): SentimentLabel | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  return CORRECTION_KEYS[e.key.toLowerCase()];
}

/** Short label for chips. */
export function shortLabel(label: SentimentLabel): string {
  return label === 'negative' ? 'neg' : label === 'positive' ? 'pos' : 'neu';
}

/** "+0.42" style signed numbers. */
export function signed(x: number, digits = 2): string {
  return `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(digits)}`;
}
