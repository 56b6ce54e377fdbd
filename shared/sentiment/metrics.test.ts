import { describe, it, expect } from 'vitest';
import { accuracy, classScores, confusionMatrix, formatConfusion, macroF1, parseLabel } from './metrics';

describe('confusionMatrix', () => {
  it('counts actual × predicted in label order and skips unknown labels', () => {
    const m = confusionMatrix(['negative', 'neutral', 'positive', 'negative', 'other'], ['negative', 'negative', 'positive', 'neutral', 'negative']);
    expect(m.labels).toEqual(['negative', 'neutral', 'positive']);
    expect(m.counts).toEqual([
      [1, 1, 0],
      [1, 0, 0],
      [0, 0, 1],
    ]);
  });
  it('refuses arrays of different length', () => {
    expect(() => confusionMatrix(['a'], [])).toThrow(/1 actual vs 0 predicted/);
  });
});

describe('macroF1', () => {
  it.each([
    ['perfect', ['negative', 'neutral', 'positive'], ['negative', 'neutral', 'positive'], 1],
    ['all wrong', ['negative', 'positive'], ['positive', 'negative'], 0],
    // negative: P=1/2 R=1 F=2/3; positive: P=1 R=1/2 F=2/3; neutral unused → mean 2/3.
    ['half right', ['negative', 'positive', 'positive'], ['negative', 'negative', 'positive'], 2 / 3],
    ['empty', [], [], 0],
  ])('%s', (_name, actual, predicted, expected) => {
    expect(macroF1(actual, predicted)).toBeCloseTo(expected, 10);
  });

  it('agrees with per-class scores', () => {
    const actual = ['negative', 'negative', 'neutral', 'positive', 'positive', 'neutral'];
    const predicted = ['negative', 'neutral', 'neutral', 'positive', 'neutral', 'neutral'];
    const scores = classScores(confusionMatrix(actual, predicted));
    expect(scores.map((s) => s.support)).toEqual([2, 2, 2]);
    expect(macroF1(actual, predicted)).toBeCloseTo(scores.reduce((s, c) => s + c.f1, 0) / 3, 10);
  });
});

describe('helpers', () => {
  it('accuracy', () => {
    expect(accuracy(['a', 'b', 'c', 'd'], ['a', 'b', 'x', 'x'])).toBe(0.5);
    expect(accuracy([], [])).toBe(0);
  });
  it.each([
    ['Negative', 'negative'],
    [' positive ', 'positive'],
    ['NEUTRAL', 'neutral'],
    ['angry', undefined],
    ['', undefined],
  ])('parseLabel(%j) → %j', (value, expected) => {
    expect(parseLabel(value)).toBe(expected);
  });
  it('formats a confusion matrix as aligned lines', () => {
    const lines = formatConfusion(confusionMatrix(['negative'], ['positive']));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^negative\s+0\s+0\s+1$/);
  });
});
