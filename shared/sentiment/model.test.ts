import { describe, it, expect } from 'vitest';
import { scoreWithModel, trainModel } from './model';
import { assignFolds, crossValidate } from './crossValidate';
import { describeFeature, extractFeatures, hashFeature } from './features';
import type { LabelledText, SentimentLabel } from './types';

/** A small synthetic labelled set in a made-up domain, so the model cannot lean on the built-in lexicon alone. */
function syntheticExamples(): LabelledText[] {
  const out: LabelledText[] = [];
  const make = (label: SentimentLabel, templates: string[], fillers: string[]) => {
    for (const t of templates) for (const f of fillers) out.push({ text: t.replace('{}', f), label });
  };
  const things = ['router', 'modem', 'set-top box', 'line', 'connection', 'signal'];
  make('negative', ['my {} is zorked again', 'the {} keeps zorking', '{} zorked for the third day', 'why is the {} zorked'], things);
  make('positive', ['the {} is blissy now', 'so blissy with the new {}', '{} works, blissy', 'blissy {} thanks'], things);
  make('neutral', ['what model is the {}', 'where do I plug the {}', 'is the {} included', 'how old is the {}'], things);
  return out;
}

describe('trainModel / scoreWithModel', () => {
  const examples = syntheticExamples();

  it('learns words the built-in lexicon does not know', () => {
    const model = trainModel(examples, { seed: 3 });
    expect(scoreWithModel(model, 'the antenna is zorked').label).toBe('negative');
    expect(scoreWithModel(model, 'blissy antenna').label).toBe('positive');
    expect(scoreWithModel(model, 'what model is the antenna').label).toBe('neutral');
  });

  it('is deterministic for a seed and JSON round-trips', () => {
    const a = trainModel(examples, { seed: 7 });
    const b = trainModel(examples, { seed: 7 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const copy = JSON.parse(JSON.stringify(a));
    expect(scoreWithModel(copy, 'modem zorked')).toEqual(scoreWithModel(a, 'modem zorked'));
  });

  it('returns the shared score shape with feature reasons', () => {
    const r = scoreWithModel(trainModel(examples), 'my router is zorked');
    expect(r.score).toBeGreaterThanOrEqual(-1);
    expect(r.score).toBeLessThanOrEqual(1);
    expect(r.confidence).toBeGreaterThan(0.34);
    expect(r.language).toBe('en');
    expect(r.reasons.length).toBeGreaterThan(0);
    expect(r.reasons.length).toBeLessThanOrEqual(10);
    expect(r.reasons.some((x) => x.kind === 'word' && x.text === '"zorked"' && x.weight < 0)).toBe(true);
  });

  it.each([[''], ['😡'], ['x'.repeat(100_000)], [null]])('scores bad input %j without throwing', (text) => {
    expect(() => scoreWithModel(trainModel(examples), text)).not.toThrow();
  });

  it.each([
    ['no examples', [], /no examples/],
    ['unknown labels named', [{ text: 'a', label: 'angry' }, { text: 'b', label: 'meh' }], /unknown labels "angry", "meh"/],
    ['one label only', [{ text: 'a', label: 'negative' }], /two labels/],
  ])('refuses %s', (_name, bad, message) => {
    expect(() => trainModel(bad as LabelledText[])).toThrow(message);
  });
});

describe('crossValidate', () => {
  it('reports macro-F1, accuracy and a confusion matrix covering every example once', () => {
    const examples = syntheticExamples();
    const cv = crossValidate(examples, 4, 2);
    expect(cv.folds).toHaveLength(4);
    expect(cv.confusion.counts.flat().reduce((s, n) => s + n, 0)).toBe(examples.length);
    expect(cv.macroF1).toBeGreaterThan(0.9);
    expect(cv.accuracy).toBeGreaterThan(0.9);
    expect(crossValidate(examples, 4, 2)).toEqual(cv);
  });

  it('refuses k larger than the data', () => {
    const ex = syntheticExamples();
    expect(() => crossValidate([ex[0], ex[30], ex[60]], 5)).toThrow(/at least k examples/);
  });

  it('stratifies folds by label', () => {
    const labels = [...Array(10).fill('negative'), ...Array(5).fill('positive')];
    const fold = assignFolds(labels, 5, 1);
    for (let f = 0; f < 5; f++) {
      const inFold = labels.filter((_, i) => fold[i] === f);
      expect(inFold.filter((l) => l === 'negative')).toHaveLength(2);
      expect(inFold.filter((l) => l === 'positive')).toHaveLength(1);
    }
  });
});

describe('describeFeature', () => {
  it.each([
    ['w:delayed', 'word', '"delayed"'],
    ['w:not_good', 'word', '"good" after a negation'],
    ['w2:not not_good', 'phrase', '"not not good"'],
    ['c: dela', 'feature', 'letters "dela"'],
    ['r:score', 'rule', 'built-in score'],
    ['r:label=negative', 'rule', 'built-in label negative'],
    ['r:rule:3 hours', 'rule', 'built-in rule "3 hours"'],
  ])('%s → %s %s', (name, kind, text) => {
    expect(describeFeature(name)).toEqual({ kind, text });
  });
});

describe('extractFeatures', () => {
  it('hashes into the configured space and names features when asked', () => {
    const x = extractFeatures('not good at all!', { hashBits: 12, wordNgrams: 2, charMin: 3, charMax: 4, ruleFeatures: true, ruleWeight: 1 }, true);
    expect(Math.max(...x.index)).toBeLessThan(1 << 12);
    expect(new Set(x.index).size).toBe(x.index.length);
    expect(x.names).toEqual(expect.arrayContaining(['w:not', 'w:not_good', 'w2:not not_good', 'c: no', 'w:!']));
    expect(hashFeature('w:not', 12)).toBe(hashFeature('w:not', 12));
  });
});
