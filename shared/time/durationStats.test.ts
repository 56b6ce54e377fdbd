import { describe, it, expect } from 'vitest';
import { medianOf, percentileOf, shareWithin } from './durationStats';

describe('medianOf', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, Number.NaN, 30, Number.POSITIVE_INFINITY, 20], 20],
    [[Number.NaN], null],
  ])('median of %j is %s', (values, expected) => {
    expect(medianOf(values)).toBe(expected);
  });
});

describe('percentileOf', () => {
  it.each([
    [[1, 2, 3, 4, 5], 0, 1],
    [[1, 2, 3, 4, 5], 100, 5],
    [[1, 2, 3, 4, 5], 25, 2],
    [[1, 2, 3, 4], 90, 3.7],
    [[7], 90, 7],
  ])('%j p%i is %s', (values, p, expected) => {
    expect(percentileOf(values, p)).toBeCloseTo(expected, 10);
  });

  it.each([-1, 101, Number.NaN])('rejects percentile %s', (p) => {
    expect(() => percentileOf([1], p)).toThrow(/between 0 and 100/);
  });
});

describe('shareWithin', () => {
  it.each([
    [[], 10, null],
    [[5, 10, 15, 20], 10, 0.5],
    [[5, 10, 15, 20], 100, 1],
    [[5, 10, 15, 20], 1, 0],
  ])('%j within %i is %s', (values, limit, expected) => {
    expect(shareWithin(values, limit)).toBe(expected);
  });
});
