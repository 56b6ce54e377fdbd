import { describe, it, expect } from 'vitest';
import { addBusinessMinutes, businessMsBetween, isWithinBusinessHours, validateBusinessHours } from './businessHours';
import type { BusinessHours } from './businessHours';
import { isoWeekRange } from './isoWeek';

const HOUR = 3_600_000;
const utc = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();
const office = (timeZone: string, holidays?: string[]): BusinessHours => ({
  timeZone,
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
  holidays,
});
const nights: BusinessHours = { timeZone: 'Europe/London', days: [1, 2, 3, 4, 5], start: '22:00', end: '06:00' };
const allWeek = (timeZone: string): BusinessHours => ({ timeZone, days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' });

describe('addBusinessMinutes with 09:00–17:00 Monday–Friday', () => {
  it.each([
    // from (UTC), minutes, zone, due (UTC), why
    ['2017-11-03T16:30:00Z', 60, 'Europe/London', '2017-11-06T09:30:00Z', 'Fri 16:30 GMT → Mon 09:30 GMT'],
    ['2017-11-03T20:30:00Z', 60, 'America/New_York', '2017-11-06T14:30:00Z', 'Fri 16:30 EDT → Mon 09:30 EST (DST ended Sunday)'],
    ['2017-11-03T07:30:00Z', 60, 'Asia/Tokyo', '2017-11-06T00:30:00Z', 'Fri 16:30 JST → Mon 09:30 JST'],
    ['2017-11-03T16:30:00Z', 60, 'America/New_York', '2017-11-03T17:30:00Z', 'same instant is Fri 12:30 in New York'],
    ['2017-11-03T16:30:00Z', 60, 'Asia/Tokyo', '2017-11-06T01:00:00Z', 'same instant is Sat 01:30 in Tokyo → Mon 10:00'],
    ['2017-11-04T12:00:00Z', 60, 'Europe/London', '2017-11-06T10:00:00Z', 'opened on Saturday'],
    ['2017-11-06T07:00:00Z', 180, 'Europe/London', '2017-11-06T12:00:00Z', 'opened before hours'],
    ['2017-11-02T16:00:00Z', 600, 'Europe/London', '2017-11-06T10:00:00Z', 'Thu 1 h + Fri 8 h + Mon 1 h'],
    ['2017-11-03T16:00:00Z', 60, 'Europe/London', '2017-11-03T17:00:00Z', 'ends exactly at closing'],
    ['2017-11-03T18:00:00Z', 0, 'Europe/London', '2017-11-03T18:00:00Z', 'zero budget is due at once'],
    ['2021-03-26T16:30:00Z', 60, 'Europe/London', '2021-03-29T08:30:00Z', 'Fri 16:30 GMT → Mon 09:30 BST'],
    ['2021-03-12T21:30:00Z', 60, 'America/New_York', '2021-03-15T13:30:00Z', 'Fri 16:30 EST → Mon 09:30 EDT'],
    ['2017-10-30T09:00:00Z', 2400, 'Europe/London', '2017-11-03T17:00:00Z', 'a full working week'],
    ['2017-10-30T09:00:00Z', 2401, 'Europe/London', '2017-11-06T09:01:00Z', 'a working week and a minute'],
    ['2020-12-31T16:30:00Z', 120, 'Europe/London', '2021-01-01T10:30:00Z', 'across the year end'],
  ])('%s + %i min in %s is due %s (%s)', (from, minutes, zone, due) => {
    expect(iso(addBusinessMinutes(utc(from), minutes, office(zone)))).toBe(iso(utc(due)));
  });

  it('skips holidays', () => {
    const hours = office('Europe/London', ['2021-01-01']);
    expect(iso(addBusinessMinutes(utc('2020-12-31T16:30:00Z'), 120, hours))).toBe('2021-01-04T10:30:00.000Z');
  });
});

describe('overnight and all-week windows', () => {
  it.each([
    ['2017-10-31T23:00:00Z', 120, '2017-11-01T01:00:00Z', 'inside Tuesday night'],
    ['2017-11-01T03:00:00Z', 240, '2017-11-01T23:00:00Z', 'finishes Tuesday night, resumes Wednesday 22:00'],
    ['2017-11-04T03:00:00Z', 60, '2017-11-04T04:00:00Z', "Saturday 03:00 is still Friday's shift"],
    ['2017-11-04T07:00:00Z', 60, '2017-11-06T23:00:00Z', 'after the Friday shift, next is Monday 22:00'],
  ])('night shift: %s + %i min is due %s (%s)', (from, minutes, due) => {
    expect(iso(addBusinessMinutes(utc(from), minutes, nights))).toBe(iso(utc(due)));
  });

  it.each([
    ['2017-W43', 'Europe/London', 169],
    ['2021-W12', 'Europe/London', 167],
    ['2017-W44', 'America/New_York', 169],
    ['2017-W44', 'Europe/London', 168],
  ])('a 24×7 week %s in %s holds %i hours', (label, zone, hours) => {
    const { start, end } = isoWeekRange(label, zone);
    expect(businessMsBetween(start, end, allWeek(zone)) / HOUR).toBe(hours);
  });
});

describe('businessMsBetween', () => {
  it.each([
    ['2017-11-03T16:30:00Z', '2017-11-06T09:30:00Z', 'Europe/London', 60],
    ['2017-11-03T20:30:00Z', '2017-11-06T14:30:00Z', 'America/New_York', 60],
    ['2017-11-04T00:00:00Z', '2017-11-05T23:59:00Z', 'Europe/London', 0],
    ['2017-11-06T09:30:00Z', '2017-11-03T16:30:00Z', 'Europe/London', 0],
    ['2017-11-06T10:00:00Z', '2017-11-06T10:45:00Z', 'Europe/London', 45],
  ])('%s → %s in %s counts %i working minutes', (from, to, zone, minutes) => {
    expect(businessMsBetween(utc(from), utc(to), office(zone)) / 60_000).toBe(minutes);
  });

  it.each(['America/New_York', 'Europe/London', 'Australia/Sydney'])('a week in %s holds 40 working hours even when it has a DST change', (zone) => {
    for (const label of ['2017-W44', '2021-W10', '2021-W12', '2021-W13']) {
      const { start, end } = isoWeekRange(label, zone);
      expect(businessMsBetween(start, end, office(zone)) / HOUR).toBe(40);
    }
  });

  it('is the inverse of addBusinessMinutes', () => {
    const from = utc('2017-11-02T13:17:00Z');
    for (const minutes of [1, 59, 480, 481, 1000, 5000]) {
      const due = addBusinessMinutes(from, minutes, office('America/New_York'));
      expect(businessMsBetween(from, due, office('America/New_York'))).toBe(minutes * 60_000);
    }
  });
});

describe('isWithinBusinessHours', () => {
  it.each([
    ['2017-11-06T09:00:00Z', true],
    ['2017-11-06T16:59:59Z', true],
    ['2017-11-06T17:00:00Z', false],
    ['2017-11-06T08:59:59Z', false],
    ['2017-11-04T12:00:00Z', false],
  ])('%s in London is %s', (instant, expected) => {
    expect(isWithinBusinessHours(utc(instant), office('Europe/London'))).toBe(expected);
  });
});

describe('validateBusinessHours', () => {
  it.each([
    [{ ...office('Europe/London') }, null],
    [{ ...office('Nowhere/City') }, /Unknown time zone "Nowhere\/City"/],
    [{ ...office('UTC'), days: [] }, /at least one working day/],
    [{ ...office('UTC'), days: [0, 1] }, /Working day 0/],
    [{ ...office('UTC'), start: '9:00' }, /Start "9:00"/],
    [{ ...office('UTC'), end: '24:30' }, /End "24:30"/],
    [{ ...office('UTC'), start: '24:00' }, /Start "24:00"/],
    [{ ...office('UTC'), start: '09:00', end: '09:00' }, /both 09:00/],
    [{ ...office('UTC'), holidays: ['1 Jan'] }, /Holiday "1 Jan"/],
  ])('%j → %s', (hours, expected) => {
    const problem = validateBusinessHours(hours);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});
