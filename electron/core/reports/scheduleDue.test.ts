import { describe, expect, it } from 'vitest';
import type { ReportSchedule } from '../../../shared/domain/report';
import { dueReportWeek, reportDueAt } from './scheduleDue';

const base: ReportSchedule = { enabled: true, dir: '/reports', timeZone: 'Europe/London', hour: 7, pdf: false, includePii: false, lastWeek: null, lastRunAt: null, lastError: null };
const at = (iso: string): number => Date.parse(iso);
const MIN = 60_000;

describe('dueReportWeek', () => {
  it.each([
    // [what, schedule changes, instant, due week]
    ['Monday before the hour: last week is not due yet', { lastWeek: '2017-W43' }, '2017-11-06T06:59:00Z', null],
    ['Monday at the hour: the week that just ended', { lastWeek: '2017-W43' }, '2017-11-06T07:00:00Z', '2017-W44'],
    ['already written this week', { lastWeek: '2017-W44' }, '2017-11-06T09:00:00Z', null],
    ['Sunday night: the week is not over', { lastWeek: '2017-W43' }, '2017-11-05T23:59:00Z', null],
    ['caught up on Wednesday after the app was closed on Monday', { lastWeek: '2017-W43' }, '2017-11-08T12:00:00Z', '2017-W44'],
    ['closed for weeks: only the latest week, no backlog', { lastWeek: '2017-W40' }, '2017-11-08T12:00:00Z', '2017-W44'],
    ['never run: the latest ended week', {}, '2017-11-01T12:00:00Z', '2017-W43'],
    // BST ended Sunday 29 Oct 2017: Monday 07:00 GMT is 07:00 UTC.
    ['autumn DST: Monday 07:00 GMT, one minute early', { lastWeek: '2017-W42' }, '2017-10-30T06:59:00Z', null],
    ['autumn DST: Monday 07:00 GMT', { lastWeek: '2017-W42' }, '2017-10-30T07:00:00Z', '2017-W43'],
    // BST began Sunday 25 Mar 2018: Monday 07:00 BST is 06:00 UTC.
    ['spring DST: Monday 07:00 BST, one minute early', { lastWeek: '2018-W11' }, '2018-03-26T05:59:00Z', null],
    ['spring DST: Monday 07:00 BST', { lastWeek: '2018-W11' }, '2018-03-26T06:00:00Z', '2018-W12'],
    // New York left DST on Sunday 5 Nov 2017: Monday midnight EST is 05:00 UTC.
    ['New York midnight after the change', { timeZone: 'America/New_York', hour: 0, lastWeek: '2017-W43' }, '2017-11-06T05:00:00Z', '2017-W44'],
    ['New York, one minute before', { timeZone: 'America/New_York', hour: 0, lastWeek: '2017-W43' }, '2017-11-06T04:59:00Z', null],
    // Auckland is 13 hours ahead in November: its Monday 07:00 is Sunday 18:00 UTC.
    ['Auckland Monday comes first', { timeZone: 'Pacific/Auckland', lastWeek: '2017-W43' }, '2017-11-05T18:00:00Z', '2017-W44'],
    // 2020 has 53 ISO weeks; 2021-W01 starts Monday 4 January.
    ['year end: 2020-W53 on Monday 4 January 2021', { timeZone: 'Europe/Berlin', hour: 8, lastWeek: '2020-W52' }, '2021-01-04T07:00:00Z', '2020-W53'],
    ['year end: then 2021-W01 a week later', { timeZone: 'Europe/Berlin', hour: 8, lastWeek: '2020-W53' }, '2021-01-11T07:00:00Z', '2021-W01'],
    ['disabled', { enabled: false }, '2017-11-06T09:00:00Z', null],
    ['no folder', { dir: '  ' }, '2017-11-06T09:00:00Z', null],
  ] as [string, Partial<ReportSchedule>, string, string | null][])('%s', (_what, change, iso, week) => {
    expect(dueReportWeek({ ...base, ...change }, at(iso))).toBe(week);
  });

  it('retries a failed week an hour after the failure, not before', () => {
    const t = at('2017-11-06T09:00:00Z');
    const failed = { ...base, lastWeek: '2017-W44', lastError: 'EACCES: permission denied', lastRunAt: t - 30 * MIN };
    expect(dueReportWeek(failed, t)).toBeNull();
    expect(dueReportWeek(failed, t + 30 * MIN)).toBe('2017-W44');
    expect(dueReportWeek({ ...failed, lastError: null }, t + 30 * MIN)).toBeNull();
  });
});

describe('reportDueAt', () => {
  it.each([
    ['2017-W43', 'Europe/London', 7, '2017-10-30T07:00:00.000Z'],
    ['2018-W12', 'Europe/London', 7, '2018-03-26T06:00:00.000Z'],
    ['2020-W53', 'Europe/Berlin', 8, '2021-01-04T07:00:00.000Z'],
    ['2017-W44', 'Asia/Tokyo', 9, '2017-11-06T00:00:00.000Z'],
  ])('%s in %s at %i:00 → %s', (week, timeZone, hour, iso) => {
    expect(new Date(reportDueAt(week, { timeZone, hour })).toISOString()).toBe(iso);
  });
});
