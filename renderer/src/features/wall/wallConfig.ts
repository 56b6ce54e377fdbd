import { LIVE_WINDOWS, type LiveWindow } from '../../../../shared/domain/live';

/** The boards a wall can rotate through. */
export const WALL_BOARDS = ['overview', 'sentiment', 'volume', 'negatives', 'topics'] as const;
/** A wall board. */
export type WallBoard = (typeof WALL_BOARDS)[number];

/** Titles of the boards, as the wall shows them. */
export const BOARD_TITLES: Record<WallBoard, string> = {
  overview: 'Right now',
  sentiment: 'Sentiment',
  volume: 'Volume by site',
  negatives: 'Newest negative posts',
  topics: 'Rising topics',
};

/** How a wall is set up: its playlist, pace, window, sites and when data counts as stale. */
export interface WallConfig {
  boards: WallBoard[];
  everyMs: number;
  window: LiveWindow;
  siteIds: number[];
  staleAfterMs: number;
}

/**
 * Reads the wall's set-up from its URL, like a Grafana playlist link:
 * `/wall?boards=overview,sentiment&every=20&window=1h&sites=1,2&stale=120` (seconds). Unknown
 * boards are skipped; anything missing or out of range takes its default.
 */
export function readWallConfig(search: string): WallConfig {
  const p = new URLSearchParams(search);
  const boards = (p.get('boards') ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter((b): b is WallBoard => (WALL_BOARDS as readonly string[]).includes(b));
  const seconds = (name: string, fallback: number, min: number, max: number): number => {
    const v = Number(p.get(name));
    return p.get(name) !== null && Number.isFinite(v) && v >= min && v <= max ? v : fallback;
  };
  const w = p.get('window');
  return {
    boards: boards.length ? [...new Set(boards)] : [...WALL_BOARDS],
    everyMs: seconds('every', 20, 2, 3600) * 1000,
    window: (LIVE_WINDOWS as readonly string[]).includes(w ?? '') ? (w as LiveWindow) : '1h',
    siteIds: (p.get('sites') ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0),
    staleAfterMs: seconds('stale', 120, 1, 86_400) * 1000,
  };
}

/** Which board shows `elapsedMs` after the wall started, and how long until the next one. */
export function boardAt(elapsedMs: number, everyMs: number, count: number): { index: number; remainingMs: number } {
  if (count <= 0) return { index: 0, remainingMs: everyMs };
  const step = Math.floor(Math.max(0, elapsedMs) / everyMs);
  return { index: step % count, remainingMs: everyMs - (Math.max(0, elapsedMs) % everyMs) };
}

/** True when this page is the wall: `/wall` in served mode, `?wall` in the Electron wall window. */
export function isWallLocation(loc: { pathname: string; search: string }): boolean {
  return /\/wall\/?$/.test(loc.pathname) || new URLSearchParams(loc.search).has('wall');
}
