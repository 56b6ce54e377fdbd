import { describe, it, expect } from 'vitest';
import { slaDueAt, slaState, validateSlaPolicy } from './sla';
import type { SlaPolicy } from './sla';

const MIN = 60_000;
const utc = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();

const roundTheClock: SlaPolicy = { firstResponseMins: 60, resolutionMins: 24 * 60 };
const londonOffice: SlaPolicy = {
  firstResponseMins: 60,
  resolutionMins: 8 * 60,
  businessHours: { timeZone: 'Europe/London', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
};
const newYorkOffice: SlaPolicy = {
  ...londonOffice,
  businessHours: { ...londonOffice.businessHours!, timeZone: 'America/New_York' },
};

describe('slaState without business hours', () => {
  const openedAt = utc('2017-11-03T16:30:00Z');
  it.each([
    // minutes since opened for now, first response minutes (or null), resolved minutes (or null), states
    [0, null, null, 'ok', 'ok'],
    [44, null, null, 'ok', 'ok'],
    [45, null, null, 'amber', 'ok'],
    [59, null, null, 'amber', 'ok'],
    [60, null, null, 'red', 'ok'],
    [18 * 60, null, null, 'red', 'amber'],
    [24 * 60, null, null, 'red', 'red'],
    [90, 30, null, 'met', 'ok'],
    [90, 60, null, 'met', 'ok'],
    [90, 61, null, 'breached', 'ok'],
    [30 * 60, 20, 23 * 60, 'met', 'met'],
    [30 * 60, 20, 25 * 60, 'met', 'breached'],
    [30, null, 20, 'met', 'met'], // resolved without a response: nobody waits any more
    [30, -5, null, 'met', 'ok'], // a response stamped before opening counts as immediate
  ])('now +%i min, responded %s, resolved %s → %s / %s', (nowMin, respondedMin, resolvedMin, first, resolution) => {
    const state = slaState({
      openedAt,
      now: openedAt + nowMin * MIN,
      firstResponseAt: respondedMin === null ? null : openedAt + respondedMin * MIN,
      resolvedAt: resolvedMin === null ? undefined : openedAt + resolvedMin * MIN,
      policy: roundTheClock,
    });
    expect([state.firstResponse.state, state.resolution.state]).toEqual([first, resolution]);
  });

  it('reports due time, elapsed, budget and remaining', () => {
    const state = slaState({ openedAt, now: openedAt + 75 * MIN, policy: roundTheClock });
    expect(state.firstResponse).toEqual({
      dueAt: openedAt + 60 * MIN,
      elapsedMs: 75 * MIN,
      budgetMs: 60 * MIN,
      remainingMs: -15 * MIN,
      stoppedAt: null,
      state: 'red',
    });
  });

  it('honours a custom amber threshold', () => {
    const state = slaState({ openedAt, now: openedAt + 30 * MIN, policy: { ...roundTheClock, amberAt: 0.5 } });
    expect(state.firstResponse.state).toBe('amber');
  });
});

describe('slaState with business hours across week boundaries and zones', () => {
  // Friday 3 November 2017, 16:30 in London (GMT) and in New York (EDT; EST from Sunday).
  const londonFriday = utc('2017-11-03T16:30:00Z');
  const newYorkFriday = utc('2017-11-03T20:30:00Z');

  it.each([
    [londonOffice, londonFriday, '2017-11-06T09:30:00Z', '2017-11-06T16:30:00Z'],
    [newYorkOffice, newYorkFriday, '2017-11-06T14:30:00Z', '2017-11-06T21:30:00Z'],
  ])('a case opened Friday 16:30 local is due Monday 09:30 local (%#)', (policy, openedAt, firstDue, resolutionDue) => {
    const state = slaState({ openedAt, now: openedAt, policy });
    expect(iso(state.firstResponse.dueAt)).toBe(iso(utc(firstDue)));
    expect(iso(state.resolution.dueAt)).toBe(iso(utc(resolutionDue)));
  });

  it.each([
    ['2017-11-03T16:45:00Z', 'ok', 15],
    ['2017-11-04T12:00:00Z', 'ok', 30], // the weekend does not count
    ['2017-11-06T09:00:00Z', 'ok', 30],
    ['2017-11-06T09:15:00Z', 'amber', 45],
    ['2017-11-06T09:30:00Z', 'red', 60],
    ['2017-11-06T18:00:00Z', 'red', 60 + 7.5 * 60],
  ])('London case opened Friday 16:30, at %s the first response is %s after %i working minutes', (now, state, minutes) => {
    const result = slaState({ openedAt: londonFriday, now: utc(now), policy: londonOffice });
    expect(result.firstResponse.state).toBe(state);
    expect(result.firstResponse.elapsedMs).toBe(minutes * MIN);
  });

  it.each([
    ['2017-11-06T09:20:00Z', 'met', 50],
    ['2017-11-06T09:30:00Z', 'met', 60],
    ['2017-11-06T09:31:00Z', 'breached', 61],
    ['2017-11-05T10:00:00Z', 'met', 30], // answered on Sunday, out of hours
  ])('London case answered at %s is %s with %i working minutes used', (respondedAt, state, minutes) => {
    const result = slaState({ openedAt: londonFriday, firstResponseAt: utc(respondedAt), now: utc('2017-11-07T12:00:00Z'), policy: londonOffice });
    expect(result.firstResponse).toMatchObject({ state, elapsedMs: minutes * MIN, stoppedAt: utc(respondedAt) });
  });

  it('the same instant gives different states in different team zones', () => {
    const openedAt = utc('2017-11-03T16:30:00Z'); // Fri 16:30 London, Fri 12:30 New York
    const now = utc('2017-11-03T17:30:00Z');
    expect(slaState({ openedAt, now, policy: londonOffice }).firstResponse.state).toBe('ok');
    expect(slaState({ openedAt, now, policy: newYorkOffice }).firstResponse.state).toBe('red');
  });
});

describe('slaDueAt and validation', () => {
  it('adds wall time without business hours', () => {
    expect(slaDueAt(utc('2017-11-03T16:30:00Z'), 90)).toBe(utc('2017-11-03T18:00:00Z'));
  });

  it.each([
    [{ ...roundTheClock, firstResponseMins: -1 }, /firstResponseMins must be/],
    [{ ...roundTheClock, resolutionMins: Number.NaN }, /resolutionMins must be/],
    [{ ...roundTheClock, amberAt: 0 }, /amberAt must be/],
    [{ ...roundTheClock, amberAt: 1.5 }, /amberAt must be/],
    [{ ...londonOffice, businessHours: { ...londonOffice.businessHours!, timeZone: 'Europe/Londn' } }, /Unknown time zone "Europe\/Londn"/],
  ])('rejects %j', (policy, message) => {
    expect(validateSlaPolicy(policy)).toMatch(message);
    expect(() => slaState({ openedAt: 0, now: 0, policy })).toThrow(message);
  });

  it('accepts a sound policy', () => {
    expect(validateSlaPolicy(londonOffice)).toBeNull();
  });
});
