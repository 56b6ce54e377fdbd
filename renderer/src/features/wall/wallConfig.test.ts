import { describe, expect, it } from 'vitest';
import { boardAt, isWallLocation, readWallConfig, WALL_BOARDS } from './wallConfig';

describe('readWallConfig', () => {
  it('defaults to every board, 20 s each, the last hour, all sites, stale after 2 min', () => {
    expect(readWallConfig('')).toEqual({ boards: [...WALL_BOARDS], everyMs: 20_000, window: '1h', siteIds: [], staleAfterMs: 120_000 });
  });

  it.each([
    ['?boards=topics,nope,overview,topics', { boards: ['topics', 'overview'] }],
    ['?every=5&window=1d&sites=3,x,1&stale=30', { everyMs: 5_000, window: '1d', siteIds: [3, 1], staleAfterMs: 30_000 }],
    ['?every=0.5&window=1y&stale=-1', { everyMs: 20_000, window: '1h', staleAfterMs: 120_000 }],
    ['?token=abc&boards=', { boards: [...WALL_BOARDS] }],
  ])('%s', (search, expected) => {
    expect(readWallConfig(search)).toMatchObject(expected);
  });
});

describe('boardAt', () => {
  it.each([
    [0, 0, 10_000],
    [9_999, 0, 1],
    [10_000, 1, 10_000],
    [35_000, 0, 5_000],
  ])('%i ms in: board %i, next in %i ms', (elapsed, index, remainingMs) => {
    expect(boardAt(elapsed, 10_000, 3)).toEqual({ index, remainingMs });
  });
});

describe('isWallLocation', () => {
  it.each([
    [{ pathname: '/wall', search: '' }, true],
    [{ pathname: '/wall/', search: '?token=x' }, true],
    [{ pathname: '/C:/app/out/renderer/index.html', search: '?wall=1' }, true],
    [{ pathname: '/', search: '' }, false],
    [{ pathname: '/wallpaper', search: '' }, false],
  ])('%j: %s', (loc, yes) => {
    expect(isWallLocation(loc)).toBe(yes);
  });
});
