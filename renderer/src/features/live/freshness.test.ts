import { describe, expect, it } from 'vitest';
import { formatDuration, freshnessOf } from './freshness';
import { actOnTick, LINK_LOST_MS } from './useLiveSnapshot';
import { sampleSnapshot } from './snapshotFixture';

const base = { now: 1_000_000, heardAt: 999_000, lastIngestAt: 990_000, offsetMs: 0, staleAfterMs: 60_000, linkLostMs: 12_000 };

describe('freshnessOf', () => {
  it.each([
    [{}, false, 'ok'],
    [{ lastIngestAt: 900_000 }, true, 'no-new-posts'],
    [{ lastIngestAt: 900_000, offsetMs: -50_000 }, false, 'ok'], // the server's clock is behind ours
    [{ heardAt: 980_000 }, true, 'link-lost'],
    [{ lastIngestAt: null }, true, 'no-data'],
  ])('%j: stale %s (%s)', (change, stale, reason) => {
    expect(freshnessOf({ ...base, ...change })).toMatchObject({ stale, reason });
  });

  it.each([
    [4_000, '4 s'],
    [125_000, '2 min'],
    [3 * 3600_000 + 5 * 60_000, '3 h 5 min'],
    [5 * 86_400_000, '5 d'],
  ])('formatDuration(%i) is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('actOnTick', () => {
  const tick = (over = {}) => ({ at: 0, bootId: 'b1', version: 2, lastIngestAt: null, alerts: [], snapshots: [], ...over });
  it.each([
    ['takes its snapshot from the tick', tick({ snapshots: [sampleSnapshot({ key: 'mine' })] }), 'b1', 0, 'use'],
    ['ignores a heartbeat', tick(), 'b1', 0, 'none'],
    ['refetches when the tick carries only other keys', tick({ snapshots: [sampleSnapshot({ key: 'other' })] }), 'b1', 0, 'refetch'],
    ['refetches after a server restart', tick({ bootId: 'b2' }), 'b1', 0, 'refetch'],
    ['refetches after a long silence', tick(), 'b1', LINK_LOST_MS + 1, 'refetch'],
    ['refetches at the first tick heard (the stream may have opened after the fetch)', tick(), null, 0, 'refetch'],
    ['takes its snapshot from the first tick heard', tick({ snapshots: [sampleSnapshot({ key: 'mine' })] }), null, 0, 'use'],
  ])('%s', (_name, t, bootId, gap, kind) => {
    expect(actOnTick(t, 'mine', bootId, gap).kind).toBe(kind);
  });
});
