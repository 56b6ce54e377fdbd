import { describe, it, expect } from 'vitest';
import {
  isoWeekOf,
  isoWeekOfDate,
  isoWeekRange,
  listIsoWeeks,
  mondayOfIsoWeek,
  nextWeek,
  parseIsoWeek,
  previousWeek,
  validateIsoWeek,
  weeksBetween,
  weeksInIsoYear,
} from './isoWeek';

const HOUR = 3_600_000;
const utc = (iso: string): number => Date.parse(iso);

describe('isoWeekOfDate across year ends', () => {
  it.each([
    ['2005-01-01', '2004-W53'],
    ['2005-01-02', '2004-W53'],
    ['2005-12-31', '2005-W52'],
    ['2007-01-01', '2007-W01'],
    ['2007-12-30', '2007-W52'],
    ['2007-12-31', '2008-W01'],
    ['2008-12-28', '2008-W52'],
    ['2008-12-29', '2009-W01'],
    ['2009-12-31', '2009-W53'],
    ['2010-01-03', '2009-W53'],
    ['2010-01-04', '2010-W01'],
    ['2015-12-31', '2015-W53'],
    ['2016-01-03', '2015-W53'],
    ['2016-01-04', '2016-W01'],
    ['2017-10-30', '2017-W44'],
    ['2017-11-05', '2017-W44'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2024-12-30', '2025-W01'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2000-02-29', '2000-W09'],
  ])('%s is in %s', (date, label) => {
    const [y, m, d] = date.split('-').map(Number);
    expect(isoWeekOfDate({ y, m, d }).label).toBe(label);
  });
});

describe('weeksInIsoYear', () => {
  it.each([
    [2004, 53], [2009, 53], [2015, 53], [2020, 53], [2026, 53], [2032, 53],
    [2008, 52], [2017, 52], [2019, 52], [2021, 52], [2024, 52], [2025, 52],
  ])('%i has %i weeks', (year, weeks) => {
    expect(weeksInIsoYear(year)).toBe(weeks);
  });
});

describe('isoWeekOf an instant depends on the zone', () => {
  it.each([
    // Sunday 23:30 UTC is already Monday in Berlin, still Sunday in London and New York.
    ['2017-10-29T23:30:00Z', 'UTC', '2017-W43'],
    ['2017-10-29T23:30:00Z', 'Europe/London', '2017-W43'],
    ['2017-10-29T23:30:00Z', 'Europe/Berlin', '2017-W44'],
    ['2017-10-29T23:30:00Z', 'America/New_York', '2017-W43'],
    ['2017-10-29T15:00:00Z', 'Asia/Tokyo', '2017-W44'],
    ['2017-10-29T14:59:59Z', 'Asia/Tokyo', '2017-W43'],
    // 2021-01-03 23:00Z is Monday noon in Auckland but Sunday afternoon in Los Angeles.
    ['2021-01-03T23:00:00Z', 'Pacific/Auckland', '2021-W01'],
    ['2021-01-03T23:00:00Z', 'America/Los_Angeles', '2020-W53'],
  ])('%s in %s is %s', (iso, zone, label) => {
    expect(isoWeekOf(utc(iso), zone).label).toBe(label);
  });

  it('returns year and week numbers with the label', () => {
    expect(isoWeekOf(utc('2009-12-31T12:00:00Z'), 'UTC')).toEqual({ year: 2009, week: 53, label: '2009-W53' });
  });
});

describe('isoWeekRange', () => {
  it.each([
    // label, zone, start (UTC), hours long
    ['2017-W44', 'UTC', '2017-10-30T00:00:00Z', 168],
    ['2017-W44', 'Europe/London', '2017-10-30T00:00:00Z', 168],
    ['2017-W43', 'Europe/London', '2017-10-22T23:00:00Z', 169], // BST ends Sun 29 Oct
    ['2017-W44', 'America/New_York', '2017-10-30T04:00:00Z', 169], // EDT ends Sun 5 Nov
    ['2021-W12', 'Europe/London', '2021-03-22T00:00:00Z', 167], // BST starts Sun 28 Mar
    ['2021-W10', 'America/New_York', '2021-03-08T05:00:00Z', 167], // EDT starts Sun 14 Mar
    ['2021-W13', 'Australia/Sydney', '2021-03-28T13:00:00Z', 169], // AEDT ends Sun 4 Apr
    ['2021-W39', 'Australia/Sydney', '2021-09-26T14:00:00Z', 167], // AEDT starts Sun 3 Oct
    ['2017-W44', 'Asia/Tokyo', '2017-10-29T15:00:00Z', 168],
    ['2020-W53', 'UTC', '2020-12-28T00:00:00Z', 168],
    ['2021-W01', 'UTC', '2021-01-04T00:00:00Z', 168],
    ['2015-W53', 'Europe/London', '2015-12-28T00:00:00Z', 168],
    ['2026-W53', 'America/New_York', '2026-12-28T05:00:00Z', 168],
    ['2009-W01', 'UTC', '2008-12-29T00:00:00Z', 168],
    // Year ends in the report zones: 2020 has 53 ISO weeks, 2021-W01 starts on Monday 4 January.
    ['2020-W53', 'Europe/London', '2020-12-28T00:00:00Z', 168],
    ['2021-W01', 'Europe/London', '2021-01-04T00:00:00Z', 168],
    ['2020-W53', 'America/New_York', '2020-12-28T05:00:00Z', 168],
    ['2021-W01', 'America/New_York', '2021-01-04T05:00:00Z', 168],
    // Weeks holding the last Sunday of March / October in London and the US DST weekends in New York, 2020 and 2024.
    ['2020-W13', 'Europe/London', '2020-03-23T00:00:00Z', 167], // BST starts Sun 29 Mar
    ['2020-W43', 'Europe/London', '2020-10-18T23:00:00Z', 169], // BST ends Sun 25 Oct
    ['2024-W13', 'Europe/London', '2024-03-25T00:00:00Z', 167], // BST starts Sun 31 Mar
    ['2024-W43', 'Europe/London', '2024-10-20T23:00:00Z', 169], // BST ends Sun 27 Oct
    ['2020-W10', 'America/New_York', '2020-03-02T05:00:00Z', 167], // EDT starts Sun 8 Mar
    ['2020-W11', 'America/New_York', '2020-03-09T04:00:00Z', 168], // the week after starts on EDT and is whole
    ['2020-W44', 'America/New_York', '2020-10-26T04:00:00Z', 169], // EDT ends Sun 1 Nov
    ['2024-W10', 'America/New_York', '2024-03-04T05:00:00Z', 167], // EDT starts Sun 10 Mar
    ['2024-W44', 'America/New_York', '2024-10-28T04:00:00Z', 169], // EDT ends Sun 3 Nov
  ])('%s in %s starts %s and lasts %i h', (label, zone, startIso, hours) => {
    const range = isoWeekRange(label, zone);
    expect(new Date(range.start).toISOString()).toBe(new Date(startIso).toISOString());
    expect((range.end - range.start) / HOUR).toBe(hours);
  });

  it('consecutive weeks tile time with no gap or overlap', () => {
    const weeks = listIsoWeeks('2017-W40', '2017-W48');
    for (let i = 1; i < weeks.length; i += 1) {
      expect(isoWeekRange(weeks[i], 'America/New_York').start).toBe(isoWeekRange(weeks[i - 1], 'America/New_York').end);
    }
  });

  it('every instant of a range maps back to its week', () => {
    const { start, end } = isoWeekRange('2017-W44', 'America/New_York');
    expect(isoWeekOf(start, 'America/New_York').label).toBe('2017-W44');
    expect(isoWeekOf(end - 1, 'America/New_York').label).toBe('2017-W44');
    expect(isoWeekOf(end, 'America/New_York').label).toBe('2017-W45');
    expect(isoWeekOf(start - 1, 'America/New_York').label).toBe('2017-W43');
  });
});

describe('parseIsoWeek / validateIsoWeek', () => {
  it.each([
    ['2017-W44', 2017, 44],
    ['2020-W53', 2020, 53],
    ['2015-W53', 2015, 53],
    ['2026-W53', 2026, 53],
    ['2021-W01', 2021, 1],
    [' 2017-W44 ', 2017, 44],
  ])('%j parses to %i week %i', (label, year, week) => {
    expect(parseIsoWeek(label)).toMatchObject({ year, week });
  });

  it.each([
    ['2017-W53', /2017 has only 52 ISO weeks/],
    ['2021-W53', /2021 has only 52 ISO weeks/],
    ['2017-W00', /week 00 is out of range/],
    ['2017-W54', /week 54 is out of range/],
    ['2017W44', /expected YYYY-Www/],
    ['2017-w44', /expected YYYY-Www/],
    ['2017-W4', /expected YYYY-Www/],
    ['17-W44', /expected YYYY-Www/],
    ['2017-10-30', /expected YYYY-Www/],
    ['', /expected YYYY-Www/],
    ['0999-W10', /year 999 is out of range/],
  ])('%j is rejected with a message naming the problem', (label, message) => {
    const result = validateIsoWeek(label);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(() => parseIsoWeek(label)).toThrow(message);
  });
});

describe('week arithmetic', () => {
  it.each([
    ['2017-W44', '2017-W43'],
    ['2021-W01', '2020-W53'],
    ['2016-W01', '2015-W53'],
    ['2018-W01', '2017-W52'],
    ['2027-W01', '2026-W53'],
    ['2009-W01', '2008-W52'],
  ])('previousWeek(%s) is %s, and nextWeek undoes it', (label, previous) => {
    expect(previousWeek(label)).toBe(previous);
    expect(nextWeek(previous)).toBe(label);
  });

  it.each([
    ['2017-W44', '2017-W45', 1],
    ['2017-W44', '2017-W44', 0],
    ['2017-W44', '2017-W40', -4],
    ['2020-W52', '2021-W02', 3],
    ['2015-W01', '2016-W01', 53],
    ['2016-W01', '2017-W01', 52],
  ])('weeksBetween(%s, %s) is %i', (from, to, n) => {
    expect(weeksBetween(from, to)).toBe(n);
  });

  it('lists weeks across a 53-week year end', () => {
    expect(listIsoWeeks('2020-W52', '2021-W02')).toEqual(['2020-W52', '2020-W53', '2021-W01', '2021-W02']);
    expect(listIsoWeeks('2021-W02', '2020-W52')).toEqual([]);
  });

  it('gives the Monday of a week', () => {
    expect(mondayOfIsoWeek('2021-W01')).toEqual({ y: 2021, m: 1, d: 4 });
    expect(mondayOfIsoWeek('2009-W01')).toEqual({ y: 2008, m: 12, d: 29 });
  });
});
