import { describe, it, expect } from 'vitest';
import { classifyPersistence, type TimedLabel } from './persistence';
import type { SentimentLabel } from './types';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 1);
/** Builds posts from [day, label] pairs. */
const posts = (...items: Array<[number, SentimentLabel]>): TimedLabel[] => items.map(([d, label]) => ({ at: T0 + d * DAY, label }));

describe('classifyPersistence with the default rule (≥ 3 negatives over ≥ 7 days, no positive between)', () => {
  it.each([
    ['no posts', [], 'unknown'],
    ['only neutral', posts([0, 'neutral'], [3, 'neutral']), 'content'],
    ['only positive', posts([0, 'positive']), 'content'],
    ['one negative', posts([0, 'negative']), 'angry-once'],
    ['a burst of four negatives in a day', posts([0, 'negative'], [0.1, 'negative'], [0.2, 'negative'], [0.9, 'negative']), 'angry-once'],
    ['three negatives over ten days', posts([0, 'negative'], [4, 'negative'], [10, 'negative']), 'persistently-unhappy'],
    ['exactly 7 days', posts([0, 'negative'], [3, 'negative'], [7, 'negative']), 'persistently-unhappy'],
    ['neutral posts in between do not break the run', posts([0, 'negative'], [2, 'neutral'], [5, 'negative'], [9, 'negative']), 'persistently-unhappy'],
    ['two negatives over 20 days', posts([0, 'negative'], [20, 'negative']), 'angry-once'],
    ['a positive after negatives', posts([0, 'negative'], [4, 'negative'], [10, 'negative'], [11, 'positive']), 'recovered'],
    ['a positive between breaks the run', posts([0, 'negative'], [4, 'negative'], [5, 'positive'], [10, 'negative']), 'angry-once'],
    ['unhappy again after recovering', posts([0, 'negative'], [1, 'positive'], [2, 'negative'], [6, 'negative'], [12, 'negative']), 'persistently-unhappy'],
  ])('%s → %s', (_name, items, verdict) => {
    expect(classifyPersistence(items).verdict).toBe(verdict);
  });

  it('does not depend on input order', () => {
    const items = posts([10, 'negative'], [0, 'negative'], [4, 'negative']);
    expect(classifyPersistence(items).verdict).toBe('persistently-unhappy');
  });

  it('explains the verdict with the numbers and the rule', () => {
    const r = classifyPersistence(posts([0, 'negative'], [4, 'negative'], [10, 'negative']));
    expect(r).toMatchObject({ negatives: 3, positives: 0, spanDays: 10 });
    expect(r.rule).toContain('3 negative posts over 10 days');
    expect(r.rule).toContain('≥ 3 negative posts over ≥ 7 days');
    expect(classifyPersistence(posts([0, 'negative'], [0.5, 'negative'])).rule).toContain('12 h');
  });

  it('uses a site rule', () => {
    const items = posts([0, 'negative'], [2, 'negative']);
    const r = classifyPersistence(items, { minNegatives: 2, minDays: 1 });
    expect(r.verdict).toBe('persistently-unhappy');
    expect(r.rule).toContain('≥ 2 negative posts over ≥ 1 days');
  });

  it('ignores invalid posts and a nonsense rule instead of throwing', () => {
    const junk = [null, { at: NaN, label: 'negative' }, { at: T0, label: 'angry' }] as unknown as TimedLabel[];
    expect(classifyPersistence(junk).verdict).toBe('unknown');
    expect(classifyPersistence(undefined as unknown as TimedLabel[]).verdict).toBe('unknown');
    const r = classifyPersistence(posts([0, 'negative'], [4, 'negative'], [10, 'negative']), { minNegatives: -1, minDays: NaN });
    expect(r.verdict).toBe('persistently-unhappy');
  });
});
