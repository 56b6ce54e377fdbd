import { describe, expect, it } from 'vitest';
import { crossValidateTopics, fitTopicModel, predictTopic, topicIdOf, trainTopicModel, type TopicExample } from './topicModel';

const PHRASES: Record<string, string[]> = {
  'lost-luggage': ['my suitcase never arrived', 'bag missing at the carousel', 'lost my luggage again', 'where is my bag'],
  'late-flight': ['flight delayed three hours', 'still waiting at the gate, late again', 'delayed departure, missed my meeting', 'two hour delay on the tarmac'],
  'cancelled-flight': ['they cancelled my flight', 'flight cancelled last minute', 'cancellation with no rebooking', 'my flight got cancelled twice'],
};

const examples: TopicExample[] = Object.entries(PHRASES).flatMap(([topic, texts]) => texts.flatMap((t, i) => [0, 1, 2].map((k) => ({ text: `${t} #${i * 3 + k}`, topic }))));

describe('topic model', () => {
  it('learns reasons from labelled posts and predicts them on new text', () => {
    const model = trainTopicModel(examples);
    expect(model.labels).toEqual(['cancelled-flight', 'late-flight', 'lost-luggage']);
    expect(model.names).toEqual(model.labels);
    expect(model.trainedOn).toEqual({ examples: 36, counts: { 'lost-luggage': 12, 'late-flight': 12, 'cancelled-flight': 12 } });
    expect(predictTopic(model, 'they lost my suitcase').topic).toBe('lost-luggage');
    expect(predictTopic(model, 'the flight is delayed again').topic).toBe('late-flight');
    expect(predictTopic(model, 'cancelled, no rebooking offered').topic).toBe('cancelled-flight');
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('cross-validates over the reasons, every example predicted once', () => {
    const cv = crossValidateTopics(examples, 3);
    expect(cv.confusion.labels).toEqual(['cancelled-flight', 'late-flight', 'lost-luggage']);
    expect(cv.confusion.counts.flat().reduce((a, b) => a + b, 0)).toBe(36);
    expect(cv.folds).toHaveLength(3);
    expect(cv.macroF1).toBeGreaterThan(0.8);
    expect(cv.perTopic.map((t) => [t.topic, t.support])).toEqual([['cancelled-flight', 12], ['late-flight', 12], ['lost-luggage', 12]]);
    expect(cv.macroF1).toBeCloseTo(cv.perTopic.reduce((s, t) => s + t.f1, 0) / 3, 10);
  });

  it('keeps the file\'s labels as names of topic ids, merging spellings of one id', () => {
    const raw = examples.map((e, i) => ({ text: e.text, topic: e.topic === 'lost-luggage' ? (i % 2 ? 'Lost Luggage' : 'lost luggage') : e.topic }));
    const { model, cv } = fitTopicModel(raw, 3);
    expect(model.labels).toEqual(['cancelled-flight', 'late-flight', 'lost-luggage']);
    expect(model.names[2]).toMatch(/^lost luggage$/i);
    expect(model.trainedOn.counts['lost-luggage']).toBe(12);
    expect(cv.perTopic[2].label).toBe(model.names[2]);
    expect(predictTopic(model, 'they lost my suitcase')).toMatchObject({ topic: 'lost-luggage', label: model.names[2] });
  });

  it.each([
    ['Lost Luggage', 'lost-luggage'],
    ["Can't Tell", 'cant-tell'],
    ['  Flight Attendant Complaints ', 'flight-attendant-complaints'],
    ['longlines', 'longlines'],
    ['Café / Bar', 'cafe-bar'],
    ['!!!', ''],
    ['x'.repeat(39) + ' yz', 'x'.repeat(39)],
  ])('topic id of %j is %j', (label, id) => {
    expect(topicIdOf(label)).toBe(id);
  });

  it.each([
    [[], 'no examples'],
    [[{ text: 'a', topic: 'x' }, { text: 'b', topic: 'x' }], 'at least two topics (found only "x")'],
    [[{ text: 'a', topic: 'x' }, { text: 'b', topic: '???' }], 'label "???" has no letters or digits'],
  ])('refuses %j', (bad, message) => {
    expect(() => trainTopicModel(bad)).toThrow(message);
  });
});
