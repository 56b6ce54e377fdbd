import { describe, it, expect } from 'vitest';
import { checkTopicRules, classifyTopics, validateTopicRules } from './topics';
import { DEFAULT_TOPIC_RULES, type TopicRule } from './topicRules';

const topicsOf = (text: string, rules?: TopicRule[]) => classifyTopics(text, rules).map((t) => t.topic);

describe('classifyTopics with the default rules', () => {
  it.each([
    ['Flight delayed 3 hours, sitting on the tarmac', ['delay']],
    ['My flight was Cancelled Flightled again', ['cancellation']],
    ['You lost my luggage and my carry-on', ['baggage']],
    ['I want my money back, where is my refund?', ['refund']],
    ['I was charged twice, fix my bill', ['billing']],
    ['Your app is down and the website is not working', ['outage']],
    ['The agent was so rude to me', ['rude-staff', 'customer-service']],
    ['Need to change my flight and rebook', ['booking']],
    ['On hold for an hour, no one at customer service picks up', ['customer-service']],
    ['Kudos to the crew, great job!', ['praise']],
    ['My package was never delivered', ['delivery']],
    ['Cannot log in, locked out of my account', ['account']],
  ])('%s → %j', (text, expected) => {
    expect(topicsOf(text)).toEqual(expect.arrayContaining(expected));
  });

  it('returns the matched words as written in the post', () => {
    const [delay] = classifyTopics('DELAYED again!! still waiting at the gate');
    expect(delay).toMatchObject({ topic: 'delay', label: 'Delay' });
    expect(delay.matched).toEqual(expect.arrayContaining(['DELAYED', 'still waiting']));
  });

  it('orders topics by number of matches', () => {
    expect(topicsOf('bag lost, bags missing, luggage gone, and a delay')[0]).toBe('baggage');
  });

  it.each([
    ['please sit down', 'outage'],
    ['thanks for nothing', 'praise'],
    ['not the best day', 'praise'],
  ])('an exclude phrase vetoes the keyword inside it: %s', (text, topic) => {
    expect(topicsOf(text)).not.toContain(topic);
  });

  it.each([[''], ['   '], ['http://t.co/x @united'], ['😡😡'], [42 as unknown as string]])('no topics for %j', (text) => {
    expect(classifyTopics(text)).toEqual([]);
  });

  it('handles a 100 kB post', () => {
    expect(topicsOf('my bag is late. '.repeat(6_500))).toEqual(['delay', 'baggage']);
  });
});

describe('classifyTopics with a site rule set', () => {
  const rules: TopicRule[] = [
    { topic: 'broadband', label: 'Broadband', keywords: ['broadband', 'router*', 'no internet'] },
    { topic: 'engineer', keywords: ['engineer visit', 'technician'], exclude: ['no engineer visit'] },
  ];
  it.each([
    ['my router keeps dropping, no internet since Monday', ['broadband']],
    ['the technician never came', ['engineer']],
    ['no engineer visit needed, thanks', []],
    ['flight delayed', []],
  ])('%s → %j', (text, expected) => {
    expect(topicsOf(text, rules)).toEqual(expected);
  });
  it('falls back to the label = topic id', () => {
    expect(classifyTopics('technician', rules)[0].label).toBe('engineer');
  });
});

describe('validateTopicRules', () => {
  it('accepts valid JSON rules', () => {
    expect(validateTopicRules(JSON.parse('[{"topic":"x","keywords":["a"]}]'))).toEqual({ ok: true, rules: [{ topic: 'x', keywords: ['a'] }] });
  });
  it.each([
    ['not an array', { topic: 'x' }, 'must be an array'],
    ['missing topic', [{ keywords: ['a'] }], 'missing "topic"'],
    ['empty keywords', [{ topic: 'x', keywords: [] }], '"keywords"'],
    ['bad exclude', [{ topic: 'x', keywords: ['a'], exclude: 'b' }], '"exclude"'],
    ['null entry', [null], 'not an object'],
  ])('refuses %s', (_name, value, message) => {
    const result = validateTopicRules(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(message);
  });
});

describe('checkTopicRules', () => {
  it('accepts the default rules', () => {
    expect(checkTopicRules(DEFAULT_TOPIC_RULES)).toEqual([]);
  });
  it.each([
    ['a topic id with capitals', [{ topic: 'Delay', keywords: ['late'] }], 'rules[0].topic', 'rule 1 (Delay): "topic" must be lower-case'],
    ['a duplicate topic', [{ topic: 'x', keywords: ['a'] }, { topic: 'x', keywords: ['b'] }], 'rules[1].topic', 'rule 2 (x): "topic" is used by an earlier rule'],
    ['a keyword without words', [{ topic: 'x', keywords: ['ok', '!!!'] }], 'rules[0].keywords', 'rule 1 (x): "keywords" entry 2 ("!!!") has no words to match'],
    ['a number as keyword', [{ topic: 'x', keywords: [3] }], 'rules[0].keywords', '"keywords" entry 1 must be a string'],
    ['a long label', [{ topic: 'x', label: 'l'.repeat(61), keywords: ['a'] }], 'rules[0].label', '"label" must be a string of at most 60'],
    ['an unknown field', [{ topic: 'x', keywords: ['a'], keyword: 'b' }], 'rules[0].keyword', 'unknown field "keyword"'],
    ['too many rules', Array.from({ length: 41 }, (_, i) => ({ topic: `t${i}`, keywords: ['a'] })), 'rules', 'at most 40 rules'],
  ])('refuses %s, naming the rule and field', (_name, value, field, message) => {
    const problems = checkTopicRules(value);
    expect(problems[0].field).toBe(field);
    expect(problems[0].message).toContain(message);
  });
});
