import { describe, expect, it } from 'vitest';
import type { CaseCard } from '../../../../shared/domain/case';
import { boardKeyAction, neighbourColumn, nextFocus } from './boardKeys';
import { formatDuration, slaChipOf } from './caseFormat';

describe('board keys', () => {
  it.each([
    ['ArrowLeft', false, { kind: 'focus', dx: -1, dy: 0 }],
    ['ArrowDown', false, { kind: 'focus', dx: 0, dy: 1 }],
    ['ArrowRight', true, { kind: 'move', dx: 1 }],
    ['[', false, { kind: 'move', dx: -1 }],
    ['3', false, { kind: 'moveTo', column: 2 }],
    ['Enter', false, { kind: 'open' }],
    ['0', false, null],
    ['x', false, null],
  ])('%s (shift %s) → %j', (key, shift, expected) => {
    expect(boardKeyAction(key, shift)).toEqual(expected);
  });

  it.each([
    [[2, 0, 3], { col: 0, row: 1 }, 1, 0, { col: 2, row: 1 }],
    [[2, 0, 1], { col: 0, row: 1 }, 1, 0, { col: 2, row: 0 }],
    [[2, 0, 1], { col: 0, row: 0 }, -1, 0, null],
    [[2], { col: 0, row: 1 }, 0, 1, null],
    [[2], { col: 0, row: 1 }, 0, -1, { col: 0, row: 0 }],
  ])('on columns %j from %j by (%i, %i) → %j', (sizes, from, dx, dy, expected) => {
    expect(nextFocus(sizes, from, dx, dy)).toEqual(expected);
  });

  it.each([
    [5, 0, -1, null],
    [5, 4, 1, null],
    [5, 2, 1, 3],
  ])('neighbour of column %i/%i by %i', (count, from, dx, expected) => {
    expect(neighbourColumn(count, from, dx)).toBe(expected);
  });
});

const MIN = 60_000;
const card = (over: Partial<CaseCard>): CaseCard =>
  ({
    openedAt: 0,
    firstResponseAt: null,
    resolvedAt: null,
    sla: { siteId: null, firstResponseMins: 60, resolutionMins: 600, amberAt: 0.75, businessHours: null },
    ...over,
  }) as CaseCard;

describe('SLA chip', () => {
  it.each([
    ['running', card({}), 10 * MIN, 'ok', 'reply 50m left'],
    ['amber', card({}), 50 * MIN, 'amber', 'reply 10m left'],
    ['overdue', card({}), 90 * MIN, 'red', 'reply 30m over'],
    ['answered: resolution clock', card({ firstResponseAt: 20 * MIN }), 100 * MIN, 'ok', 'fix 8h 20m left'],
    ['resolved on time', card({ firstResponseAt: 20 * MIN, resolvedAt: 300 * MIN }), 5000 * MIN, 'met', 'fix met'],
    ['resolved late', card({ firstResponseAt: 20 * MIN, resolvedAt: 660 * MIN }), 5000 * MIN, 'breached', 'fix late by 1h 00m'],
  ])('%s', (_name, c, now, state, label) => {
    expect(slaChipOf(c, now)).toMatchObject({ state, label });
  });

  it.each([
    [59 * MIN, '59m'],
    [125 * MIN, '2h 05m'],
    [50 * 60 * MIN, '2d 2h'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
