import { describe, expect, it } from 'vitest';
import { datesOfWeek, defaultWeek, requestOf, weekOfDate, type ReportForm } from './reportQuery';

const form = (over: Partial<ReportForm> = {}): ReportForm => ({ mode: 'week', week: '2017-W44', fromDate: '', toDate: '', timeZone: 'Europe/London', siteId: null, includePii: false, ...over });

describe('requestOf', () => {
  it('asks for a week with the zone, site and PII choice', () => {
    expect(requestOf(form({ siteId: 3, includePii: true }))).toEqual({ ok: true, request: { week: '2017-W44', timeZone: 'Europe/London', siteId: 3, includePii: true } });
    expect(requestOf(form())).toEqual({ ok: true, request: { week: '2017-W44', timeZone: 'Europe/London', includePii: false } });
  });

  it('cuts a range of dates at local midnights, the last day included, across a DST change', () => {
    // Clocks went back in London on Sunday 29 October 2017: that day has 25 hours.
    const r = requestOf(form({ mode: 'range', fromDate: '2017-10-29', toDate: '2017-10-29' }));
    expect(r).toEqual({ ok: true, request: { from: Date.UTC(2017, 9, 28, 23), to: Date.UTC(2017, 9, 30), timeZone: 'Europe/London', includePii: false } });
  });

  it('still sends an unknown zone, so the server can name it', () => {
    const r = requestOf(form({ timeZone: 'Mars/Olympus' }));
    expect(r).toMatchObject({ ok: true, request: { timeZone: 'Mars/Olympus' } });
    expect(requestOf(form({ mode: 'range', fromDate: '2017-10-30', toDate: '2017-10-30', timeZone: 'Mars/Olympus' }))).toMatchObject({ ok: true, request: { from: Date.UTC(2017, 9, 30) } });
  });

  it.each([
    [{ week: '2017-44' }, /^Week: .*expected YYYY-Www/],
    [{ week: '2015-W54' }, /^Week: .*out of range/],
    [{ timeZone: ' ' }, /^Time zone:/],
    [{ mode: 'range' as const, fromDate: '30/10/2017', toDate: '2017-11-05' }, /^From: .*not a date/],
    [{ mode: 'range' as const, fromDate: '2017-02-30', toDate: '2017-03-05' }, /^From: .*not a day/],
    [{ mode: 'range' as const, fromDate: '2017-11-05', toDate: '2017-10-30' }, /^To \(2017-10-30\) is before From/],
  ])('refuses %o naming the field', (over, message) => {
    const r = requestOf(form(over));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('defaultWeek', () => {
  const now = Date.UTC(2017, 10, 8, 12); // Wednesday of 2017-W45
  it.each([
    ['no posts: the current week', null, '2017-W45'],
    ['posts up to now: the week before', { newest: now - 3_600_000, oldest: Date.UTC(2017, 9, 1) }, '2017-W44'],
    ['posts only this week: the current week', { newest: now, oldest: Date.UTC(2017, 10, 7) }, '2017-W45'],
    ['posts ending weeks ago: their last week', { newest: Date.UTC(2017, 9, 18), oldest: Date.UTC(2017, 8, 1) }, '2017-W42'],
  ])('%s', (_name, posts, week) => {
    expect(defaultWeek(posts, now, 'Europe/London')).toBe(week);
  });

  it('reads the week on the clocks of the zone', () => {
    // Monday 01:00 in Tokyo is still Sunday in UTC.
    const mondayTokyo = Date.UTC(2017, 10, 5, 16);
    expect(defaultWeek(null, mondayTokyo, 'Asia/Tokyo')).toBe('2017-W45');
    expect(defaultWeek(null, mondayTokyo, 'UTC')).toBe('2017-W44');
  });
});

describe('week and dates', () => {
  it('gives Monday to Sunday of a week and the week of a date', () => {
    expect(datesOfWeek('2021-W01')).toEqual({ fromDate: '2021-01-04', toDate: '2021-01-10' });
    expect(weekOfDate('2021-01-03', 'Europe/London')).toBe('2020-W53');
    expect(weekOfDate('nope', 'Europe/London')).toBeNull();
  });
});
