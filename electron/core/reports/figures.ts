/**
 * The small arithmetic every section shares, so a figure means the same in every table: changes
 * against the previous range, sentiment mixes and net sentiment, and the fixed roundings shown.
 */
import type { Change, SentimentMix } from '../../../shared/domain/report';

/** Rounds to `decimals` places (half away from zero), and turns -0 into 0 so JSON stays stable. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.sign(value) * Math.round(Math.abs(value) * f) / f;
  return r === 0 ? 0 : r;
}

/** roundTo for nullable figures. */
export function roundOrNull(value: number | null, decimals: number): number | null {
  return value === null ? null : roundTo(value, decimals);
}

/** Shares (0..1) are shown with 4 decimals. */
export const SHARE_DECIMALS = 4;

/** A share rounded for display, null when there is no denominator. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? roundTo(part / whole, SHARE_DECIMALS) : null;
}

/**
 * A figure against the previous range: delta = current − previous; changePct = delta / previous ×
 * 100 with one decimal, null when previous is 0. Inputs are rounded by the caller.
 */
export function changeOf(current: number, previous: number): Change {
  const delta = roundTo(current - previous, 4);
  return { current, previous, delta, changePct: previous === 0 ? null : roundTo((delta / Math.abs(previous)) * 100, 1) };
}

/** A sentiment label as stored (a supervisor's correction already applied), or null when not scored. */
export type Label = 'positive' | 'neutral' | 'negative' | null;

/** Counts labels; `mix()` gives the SentimentMix. */
export class MixCounter {
  positive = 0;
  neutral = 0;
  negative = 0;
  unscored = 0;

  /** Counts `n` posts (default one) with this label. */
  add(label: string | null, n = 1): void {
    if (label === 'positive') this.positive += n;
    else if (label === 'neutral') this.neutral += n;
    else if (label === 'negative') this.negative += n;
    else this.unscored += n;
  }

  /** Posts with a label. */
  get scored(): number {
    return this.positive + this.neutral + this.negative;
  }

  /** All posts counted. */
  get total(): number {
    return this.scored + this.unscored;
  }

  /** Net sentiment = (positive − negative) / scored × 100, one decimal; null when nothing was scored. */
  get net(): number | null {
    return this.scored === 0 ? null : roundTo(((this.positive - this.negative) / this.scored) * 100, 1);
  }

  /** The counts as the report shows them. */
  mix(): SentimentMix {
    return { positive: this.positive, neutral: this.neutral, negative: this.negative, unscored: this.unscored, net: this.net };
  }
}

/** The counter of `key`, created on first use. */
export function counterOf<K>(map: Map<K, MixCounter>, key: K): MixCounter {
  let c = map.get(key);
  if (!c) map.set(key, (c = new MixCounter()));
  return c;
}

/** Compares by a figure, larger first, nulls last. */
export function byFigureDesc(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

/** Compares names the same way everywhere (code points, not locale), so CSVs byte-compare across machines. */
export const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
