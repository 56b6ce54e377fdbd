import { describe, it, expect } from 'vitest';
import { scoreText } from './scoreText';
import { compileLexicon } from './evidence';

describe('scoreText: customer-care phrasing', () => {
  it.each([
    ['flight delayed 3 hours', 'negative'],
    ['Been on hold for 2 hrs', 'negative'],
    ['still waiting for my refund', 'negative'],
    ['thanks for nothing', 'negative'],
    ['thanks for the 3 hour delay', 'negative'],
    ['great job losing my bag', 'negative'],
    ['Great, another cancellation. #sarcasm', 'negative'],
    ['yeah right, on time', 'negative'],
    ['not happy', 'negative'],
    ['no one answers the phone', 'negative'],
    ['my bag never arrived', 'negative'],
    ['the app is not working', 'negative'],
    ['3rd time calling about this', 'negative'],
    ['would have been nice to get an update', 'negative'],
    ['I have never been so angry', 'negative'],
    ['Why is my flight delayed again?', 'negative'],
    ['where is my bag?', 'negative'],
    [':( my flight got cancelled', 'negative'],
    ['#nothappy', 'negative'],
    ['#badcustomerservice', 'negative'],
    ['😡😡😡', 'negative'],
    ['Thanks for the quick response, all sorted!', 'positive'],
    ['Thank you for fixing my 5 hour delay', 'positive'],
    ['The crew was AMAZING!!!', 'positive'],
    ['not bad at all', 'positive'],
    ['I love this airline ❤️', 'positive'],
    ['best customer service ever', 'positive'],
    ['Fish &amp; chips &lt;3', 'positive'],
    ['Thanks!', 'positive'],
    ['Will my flight be delayed?', 'neutral'],
    ['can you help me change my flight?', 'neutral'],
    ['I would love an upgrade', 'neutral'],
    ['What time does the gate open?', 'neutral'],
  ])('%s → %s', (text, label) => {
    expect(scoreText(text).label).toBe(label);
  });

  it.each(['please help', 'please help, thanks', 'Please help me rebook. Thanks in advance'])('"%s" is never positive', (text) => {
    expect(scoreText(text).label).not.toBe('positive');
  });
});

describe('scoreText: reasons', () => {
  it('names the rule, the phrase and the negation that moved the score', () => {
    const r = scoreText('Delayed 3 hours and no one will help. Not happy');
    const texts = r.reasons.map((x) => x.text);
    expect(texts).toEqual(expect.arrayContaining(['3 hours', 'no one', 'Not happy']));
    expect(r.reasons.every((x) => x.weight < 0)).toBe(true);
  });

  it('explains sarcasm and damped courtesy', () => {
    expect(scoreText('thanks for the 3 hour delay').reasons.some((x) => /sarcasm/.test(x.note ?? ''))).toBe(true);
    expect(scoreText('my bag is lost, please help. Thanks').reasons.find((x) => x.text === 'Thanks')?.note).toMatch(/polite/);
  });

  it('orders reasons strongest first and honours maxReasons and explain:false', () => {
    const r = scoreText('terrible awful bad delayed late rude', { maxReasons: 3 });
    expect(r.reasons).toHaveLength(3);
    expect(Math.abs(r.reasons[0].weight)).toBeGreaterThanOrEqual(Math.abs(r.reasons[2].weight));
    expect(scoreText('terrible', { explain: false }).reasons).toEqual([]);
  });

  it('uses a site lexicon when given one', () => {
    const lexicon = compileLexicon({ gridlock: -2 });
    expect(scoreText('gridlock at the depot').label).toBe('neutral');
    expect(scoreText('gridlock at the depot', { lexicon }).label).toBe('negative');
  });
});

describe('scoreText: bad input never throws', () => {
  it.each([
    ['empty', '', 'und'],
    ['blank', '   \n\t ', 'und'],
    ['only a URL and a mention', 'http://t.co/abc @united', 'und'],
    ['only a mention', '@united', 'und'],
    ['only numbers', '1234 5678', 'und'],
  ])('%s → neutral, low confidence', (_name, text, language) => {
    const r = scoreText(text);
    expect(r).toMatchObject({ label: 'neutral', score: 0, language });
    expect(r.confidence).toBeLessThanOrEqual(0.2);
    expect(r.reasons[0].kind).toBe('input');
  });

  it.each([
    ['Spanish', 'Gracias por todo, el vuelo fue excelente', 'es'],
    ['German', 'Das ist nicht gut, der Flug war zu spät', 'de'],
    ['French', 'Mon vol est annulé et je suis très fâché', 'fr'],
    ['Chinese', '这次航班延误了三个小时', 'zh'],
    ['Russian', 'Очень плохой сервис', 'ru'],
    ['Arabic', 'الخدمة سيئة جدا', 'ar'],
  ])('%s → neutral, low confidence, language noted', (_name, text, language) => {
    const r = scoreText(text);
    expect(r).toMatchObject({ label: 'neutral', language });
    expect(r.confidence).toBeLessThan(0.3);
    expect(r.reasons[0]).toMatchObject({ kind: 'language', text: language });
  });

  it.each([
    ['only emoji', 'negative', '😡😡😡'],
    ['only happy emoji', 'positive', '😍🎉'],
    ['100 kB of one letter', 'neutral', 'x'.repeat(100_000)],
    ['100 kB of complaints', 'negative', 'bad service '.repeat(8_400)],
    ['unpaired surrogates', 'negative', '\ud83d\ude21 \ud83d bad'],
    ['control characters', 'negative', '\u0000\u0007 terrible \u001b'],
  ])('%s → %s', (_name, label, text) => {
    const r = scoreText(text);
    expect(r.label).toBe(label);
    expect(r.score).toBeGreaterThanOrEqual(-1);
    expect(r.score).toBeLessThanOrEqual(1);
    expect(r.reasons.length).toBeLessThanOrEqual(10);
  });

  it.each([null, undefined, 42, {}, ['bad']])('non-string %j → neutral', (value) => {
    expect(scoreText(value).label).toBe('neutral');
  });
});
