import { describe, expect, it } from 'vitest';
import { changeLook, changeOf, dayLabel, deltaText, formatChangePct, formatInZone, formatMinutes, formatNet, formatShare, formatSigned, shortHash, slaMarker } from './reportFormat';

describe('formatSigned', () => {
  it.each([
    [12, 0, '+12'],
    [-3.46, 1, '−3.5'],
    [0.04, 1, '±0'],
    [-0.04, 1, '±0'],
    [1234, 0, '+1,234'],
  ])('formatSigned(%d, %d) is %s', (n, digits, text) => {
    expect(formatSigned(n, digits)).toBe(text);
  });
});

describe('changeLook', () => {
  it.each([
    [5, 'up-good', { arrow: '▲', words: 'up', tone: 'good' }],
    [-5, 'up-good', { arrow: '▼', words: 'down', tone: 'bad' }],
    [5, 'down-good', { arrow: '▲', words: 'up', tone: 'bad' }],
    [-5, 'neutral', { arrow: '▼', words: 'down', tone: 'flat' }],
    [0.2, 'up-good', { arrow: '▬', words: 'no change', tone: 'flat' }],
  ] as const)('a delta of %d (%s) reads %o', (delta, polarity, look) => {
    expect(changeLook(delta, polarity)).toEqual(look);
  });

  it('keeps a small change visible when decimals are shown', () => {
    expect(changeLook(0.2, 'up-good', 1).arrow).toBe('▲');
  });
});

describe('formatChangePct', () => {
  it.each([
    [{ current: 120, previous: 100, delta: 20, changePct: 20 }, '+20%'],
    [{ current: 5, previous: 0, delta: 5, changePct: null }, 'new'],
    [{ current: 0, previous: 0, delta: 0, changePct: null }, '±0%'],
    [{ current: 6, previous: 9, delta: -3, changePct: -33.3 }, '−33%'],
  ])('%o → %s', (c, text) => {
    expect(formatChangePct(c)).toBe(text);
  });
});

describe('figures', () => {
  it('formats shares, net sentiment and durations, with a dash for none', () => {
    expect([formatShare(0.755), formatShare(null), formatShare(0.755, 1)]).toEqual(['76%', '–', '75.5%']);
    expect([formatNet(-12.46), formatNet(null), formatNet(0)]).toEqual(['−12.5', '–', '±0']);
    expect([formatMinutes(42.4), formatMinutes(125), formatMinutes(120), formatMinutes(4320), formatMinutes(null)]).toEqual(['42 min', '2 h 5 min', '2 h', '3.0 d', '–']);
  });

  it.each([
    [42, 30, 'over', 'over by 12 min'],
    [30, 30, 'within', 'within target'],
    [12, null, 'none', 'no target'],
    [null, 60, 'none', 'no replies'],
  ])('median %s against target %s is %s', (median, target, state, text) => {
    expect(slaMarker(median, target)).toEqual({ state, text });
  });

  it('shortens hashes and labels days and instants in the report zone', () => {
    expect(shortHash('a3f1c9e07b5d2468ffff')).toBe('a3f1c9e07b5d');
    // ICU versions differ on the comma after the weekday.
    expect(dayLabel('2017-10-30')).toMatch(/^Mon,? 30 Oct$/);
    expect(dayLabel('not a date')).toBe('not a date');
    // 23:30 UTC on Sunday 29 Oct is already Monday in Tokyo.
    expect(formatInZone(Date.UTC(2017, 9, 29, 23, 30), 'Asia/Tokyo')).toMatch(/^Mon,? 30 Oct 2017, 08:30$/);
    expect(formatInZone(Date.UTC(2017, 9, 29, 23, 30), 'Asia/Tokyo', true, true)).toBe('30 Oct, 08:30');
    expect(formatInZone(Date.UTC(2017, 9, 29, 23, 30), 'Not/AZone', false)).toMatch(/^Sun,? 29 Oct 2017 UTC$/);
  });
});

describe('deltaText', () => {
  const c = (current: number, previous: number) => ({ current, previous, delta: current - previous, changePct: previous ? ((current - previous) / previous) * 100 : null });
  it.each([
    [c(120, 100), 'count', '+20 (+20%)', 20],
    [c(3, 0), 'count', '+3 (new)', 3],
    [c(-12.5, -4), 'net', '−8.5 pts', -8.5],
    [c(0.75, 0.8), 'share', '−5 pts', -5.000000000000004],
    [c(42, 30), 'minutes', '+12 min', 12],
  ] as const)('%o as %s is %s', (change, kind, text, shown) => {
    expect(deltaText(change, kind)).toMatchObject({ text });
    expect(deltaText(change, kind).shown).toBeCloseTo(shown);
  });

  it('makes a change only from two figures', () => {
    expect(changeOf(0.8, 0.85)?.delta).toBeCloseTo(-0.05);
    expect(changeOf(null, 0.85)).toBeNull();
    expect(changeOf(12, 0)?.changePct).toBeNull();
  });
});
