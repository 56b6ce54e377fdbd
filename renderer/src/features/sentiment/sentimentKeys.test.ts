import { describe, expect, it } from 'vitest';
import { labelOfKey, shortLabel, signed } from './sentimentKeys';

describe('correction keys', () => {
  it.each([
    [{ key: 'n' }, 'negative'],
    [{ key: 'u' }, 'neutral'],
    [{ key: 'p' }, 'positive'],
    [{ key: 'P' }, 'positive'],
    [{ key: 'x' }, undefined],
    [{ key: 'n', ctrlKey: true }, undefined],
    [{ key: 'p', metaKey: true }, undefined],
  ])('%j corrects to %s', (e, label) => {
    expect(labelOfKey(e)).toBe(label);
  });

  it.each([
    [0.421, '+0.42'],
    [-1.5, '−1.50'],
    [0, '±0.00'],
  ])('signed(%d) is %s', (x, s) => {
    expect(signed(x)).toBe(s);
  });

  it('shortens labels', () => {
    expect(['negative', 'neutral', 'positive'].map((l) => shortLabel(l as 'negative'))).toEqual(['neg', 'neu', 'pos']);
  });
});
