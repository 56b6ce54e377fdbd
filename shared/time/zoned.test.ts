import { describe, it, expect } from 'vitest';
import {
  addLocalDays,
  assertTimeZone,
  formatLocalDate,
  isValidTimeZone,
  localDateOf,
  startOfLocalDay,
  zonedParts,
  zonedTimeToEpoch,
} from './zoned';

const utc = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();

describe('zonedParts', () => {
  it.each([
    ['2017-10-30T09:15:42.123Z', 'UTC', [2017, 10, 30, 9, 15, 42], 1, 0],
    ['2017-10-30T09:15:42.123Z', 'Europe/London', [2017, 10, 30, 9, 15, 42], 1, 0],
    ['2017-10-28T09:15:00Z', 'Europe/London', [2017, 10, 28, 10, 15, 0], 6, 60],
    ['2017-10-30T03:00:00Z', 'America/New_York', [2017, 10, 29, 23, 0, 0], 7, -240],
    ['2017-11-06T03:00:00Z', 'America/New_York', [2017, 11, 5, 22, 0, 0], 7, -300],
    ['2017-10-30T00:00:00Z', 'Asia/Kathmandu', [2017, 10, 30, 5, 45, 0], 1, 345],
    ['2021-01-03T23:00:00Z', 'Pacific/Auckland', [2021, 1, 4, 12, 0, 0], 1, 780],
    ['1969-12-31T23:59:59.500Z', 'UTC', [1969, 12, 31, 23, 59, 59], 3, 0],
  ])('%s in %s', (instant, zone, [y, m, d, h, mi, s], weekday, offset) => {
    expect(zonedParts(utc(instant), zone)).toMatchObject({ y, m, d, h, mi, s, weekday, offsetMinutes: offset });
  });

  it('keeps milliseconds', () => {
    expect(zonedParts(utc('2017-10-30T09:15:42.123Z'), 'UTC').ms).toBe(123);
  });

  it.each(['Mars/Olympus', 'not a zone', ''])('rejects unknown zone %j with its name', (zone) => {
    expect(() => zonedParts(0, zone)).toThrow(/Unknown time zone/);
    expect(isValidTimeZone(zone)).toBe(false);
    expect(() => assertTimeZone(zone)).toThrow(zone ? new RegExp(zone) : /Unknown/);
  });

  it('accepts real zones', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(assertTimeZone('America/New_York')).toBe('America/New_York');
  });
});

describe('zonedTimeToEpoch', () => {
  it.each([
    // plain times
    [{ y: 2017, m: 10, d: 30, h: 9, mi: 0 }, 'Europe/London', 'earlier', '2017-10-30T09:00:00.000Z'],
    [{ y: 2017, m: 7, d: 3, h: 9, mi: 0 }, 'Europe/London', 'earlier', '2017-07-03T08:00:00.000Z'],
    [{ y: 2017, m: 10, d: 30, h: 9, mi: 0 }, 'America/New_York', 'earlier', '2017-10-30T13:00:00.000Z'],
    [{ y: 2017, m: 10, d: 30, h: 9, mi: 0 }, 'Asia/Kathmandu', 'earlier', '2017-10-30T03:15:00.000Z'],
    // repeated hour (autumn): earlier or later instant
    [{ y: 2021, m: 10, d: 31, h: 1, mi: 30 }, 'Europe/London', 'earlier', '2021-10-31T00:30:00.000Z'],
    [{ y: 2021, m: 10, d: 31, h: 1, mi: 30 }, 'Europe/London', 'later', '2021-10-31T01:30:00.000Z'],
    [{ y: 2021, m: 11, d: 7, h: 1, mi: 30 }, 'America/New_York', 'earlier', '2021-11-07T05:30:00.000Z'],
    [{ y: 2021, m: 11, d: 7, h: 1, mi: 30 }, 'America/New_York', 'later', '2021-11-07T06:30:00.000Z'],
    // skipped hour (spring): moved forward by the gap
    [{ y: 2021, m: 3, d: 28, h: 1, mi: 30 }, 'Europe/London', 'earlier', '2021-03-28T01:30:00.000Z'],
    [{ y: 2021, m: 3, d: 14, h: 2, mi: 30 }, 'America/New_York', 'earlier', '2021-03-14T07:30:00.000Z'],
    // overflowing fields are normalised like Date.UTC
    [{ y: 2017, m: 12, d: 32, h: 0, mi: 0 }, 'UTC', 'earlier', '2018-01-01T00:00:00.000Z'],
  ] as const)('%j in %s (%s) is %s', (local, zone, which, expected) => {
    expect(iso(zonedTimeToEpoch(local, zone, which))).toBe(expected);
  });

  it('round-trips through zonedParts for every hour of a DST week', () => {
    const start = utc('2017-11-01T00:00:00Z');
    for (let t = start; t < start + 8 * 86_400_000; t += 3_600_000) {
      const p = zonedParts(t, 'America/New_York');
      const back = zonedTimeToEpoch(p, 'America/New_York');
      const backLater = zonedTimeToEpoch(p, 'America/New_York', 'later');
      expect([back, backLater]).toContain(t);
    }
  });
});

describe('local days', () => {
  it('starts a day at local midnight, or at the first instant when midnight is skipped', () => {
    expect(iso(startOfLocalDay({ y: 2017, m: 10, d: 30 }, 'America/New_York'))).toBe('2017-10-30T04:00:00.000Z');
    // Brazil moved clocks from 00:00 to 01:00 on 4 November 2018.
    expect(iso(startOfLocalDay({ y: 2018, m: 11, d: 4 }, 'America/Sao_Paulo'))).toBe('2018-11-04T03:00:00.000Z');
  });

  it('adds days across month and year ends', () => {
    expect(addLocalDays({ y: 2020, m: 12, d: 28 }, 7)).toEqual({ y: 2021, m: 1, d: 4 });
    expect(addLocalDays({ y: 2021, m: 3, d: 1 }, -1)).toEqual({ y: 2021, m: 2, d: 28 });
  });

  it('formats and reads local dates', () => {
    expect(formatLocalDate(localDateOf(utc('2017-10-29T23:30:00Z'), 'Europe/Berlin'))).toBe('2017-10-30');
    expect(formatLocalDate({ y: 987, m: 1, d: 2 })).toBe('0987-01-02');
  });
});
