import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../live/snapshotFixture';
import { negativeNow, percent } from './kpis';

describe('negativeNow', () => {
  const band = (low: (number | null)[], high: (number | null)[]) => ({ negative: { low, high }, positive: { low, high } });
  const shares = (negative: (number | null)[]) => ({ negative, neutral: negative, positive: negative, minPooled: 1, maxPool: 1 });

  it.each([
    [[0.2, 0.7, null], [0.3, 0.3, 0.3], [0.5, 0.5, 0.5], 'above', 0.7],
    [[0.4, 0.4], [0.3, 0.3], [0.5, 0.5], 'usual', 0.4],
    [[0.1], [0.3], [0.5], 'below', 0.1],
    [[0.1], [null], [null], 'unknown', 0.1],
    [[null, null], [0.3, 0.3], [0.5, 0.5], 'unknown', null],
  ])('shares %j against %j–%j: %s', (neg, low, high, verdict, share) => {
    const r = negativeNow(sampleSnapshot({ shares: shares(neg), band: band(low, high) }));
    expect(r).toMatchObject({ verdict, share });
  });

  it('prints shares as whole percents', () => {
    expect([percent(0.456), percent(null)]).toEqual(['46%', '–']);
  });
});
