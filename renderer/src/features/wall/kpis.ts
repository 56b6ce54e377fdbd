import type { LiveSnapshot } from '../../../../shared/domain/live';

/** The negative share now against the same hours of previous weeks. */
export interface NegativeNow {
  /** Latest pooled negative share (0..1), null when nothing in the window was scored. */
  share: number | null;
  low: number | null;
  high: number | null;
  verdict: 'above' | 'usual' | 'below' | 'unknown';
}

/** Reads the newest bucket that has a share, and the band at that bucket. */
export function negativeNow(s: LiveSnapshot): NegativeNow {
  const shares = s.shares.negative;
  let j = shares.length - 1;
  while (j >= 0 && shares[j] === null) j--;
  if (j < 0) return { share: null, low: null, high: null, verdict: 'unknown' };
  const share = shares[j] as number;
  const low = s.band.negative.low[j];
  const high = s.band.negative.high[j];
  const verdict = low === null || high === null ? 'unknown' : share > high ? 'above' : share < low ? 'below' : 'usual';
  return { share, low, high, verdict };
}

/** "42%" for a share, "–" for none. */
export function percent(v: number | null): string {
  return v === null ? '–' : `${Math.round(v * 100)}%`;
}
