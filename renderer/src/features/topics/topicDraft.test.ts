import { describe, expect, it } from 'vitest';
import { draftsOf, newDraft, ruleIndexOf, rulesOf, splitTerms, topicIdOf } from './topicDraft';

describe('topic rule drafts', () => {
  it.each([
    ['lounge\nclub room', ['lounge', 'club room']],
    [' lounge ,  club room ,', ['lounge', 'club room']],
    ['\n\n', []],
    ['cancel*\r\nscrubbed', ['cancel*', 'scrubbed']],
  ])('splits %j into %j', (text, terms) => {
    expect(splitTerms(text)).toEqual(terms);
  });

  it('round-trips a rule set through the editor rows', () => {
    const rules = [{ topic: 'lounge', label: 'Lounge', keywords: ['lounge*', 'club room'], exclude: ['no lounge'] }, { topic: 'wifi', keywords: ['wifi'] }];
    expect(rulesOf(draftsOf(rules))).toEqual(rules);
  });

  it('leaves out an empty label and exclude list, and trims', () => {
    expect(rulesOf([{ ...newDraft(), topic: ' wifi ', label: '  ', keywords: 'wifi\n', exclude: '' }])).toEqual([{ topic: 'wifi', keywords: ['wifi'] }]);
  });

  it.each([
    ['Lost property', 'lost-property'],
    ['Wi-Fi / internet!', 'wi-fi-internet'],
    ['Café', 'cafe'],
  ])('makes the id %s → %s', (label, id) => {
    expect(topicIdOf(label)).toBe(id);
  });

  it.each([
    ['rules[3].keywords', 3],
    ['rules', null],
    [undefined, null],
  ])('finds the rule of error field %s', (field, index) => {
    expect(ruleIndexOf(field)).toBe(index);
  });
});
