/**
 * Order statistics for durations (first-response times, resolution times) in reports. Non-finite
 * values are ignored, so a missing response (null → NaN) never drags a median.
 */

function sortedFinite(values: readonly number[]): number[] {
  return values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
}

/**
 * The p-th percentile (0..100) by linear interpolation between closest ranks (the method of
 * Excel's PERCENTILE.INC and NumPy's default), or null for no values.
 */
export function percentileOf(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`Percentile must be between 0 and 100, got ${p}`);
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return null;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/** The median (mean of the two middle values for an even count), or null for no values. */
export function medianOf(values: readonly number[]): number | null {
  return percentileOf(values, 50);
}

/** Share (0..1) of values at or below `limit`, e.g. responses within SLA; null for no values. */
export function shareWithin(values: readonly number[], limit: number): number | null {
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return null;
  return sorted.filter((v) => v <= limit).length / sorted.length;
}
