import { useCallback, useEffect, useRef, useState } from 'react';
import type { Alert, LiveQuery, LiveSnapshot, LiveTick } from '../../../../shared/domain/live';
import { call, subscribe } from '../../api/client';

/** After this long without a tick (heartbeats come every 5 s) the link counts as lost. */
export const LINK_LOST_MS = 12_000;

/** What a live screen knows: the latest snapshot, open alerts, and how fresh both are. */
export interface LiveState {
  snapshot: LiveSnapshot | null;
  alerts: Alert[];
  error: string | null;
  /** Client time the last tick or snapshot arrived. */
  heardAt: number | null;
  /** Server clock minus client clock, so ages are measured on the server's clock. */
  offsetMs: number;
  lastIngestAt: number | null;
}

/** What a tick means for a screen showing the snapshot under `key`. */
export type TickAction = { kind: 'use'; snapshot: LiveSnapshot } | { kind: 'refetch' } | { kind: 'none' };

/**
 * Decides what to do with a tick: take the snapshot it carries for our key; fetch ours again when
 * the server restarted (new bootId), when the link was lost for a while, or when data changed and
 * the tick no longer carries our key (the server forgets queries nobody asked for in a minute).
 * The first tick heard (`bootId` null) without our snapshot refetches too: the event stream may have
 * opened after our snapshot was answered, missing the ticks in between.
 */
export function actOnTick(tick: LiveTick, key: string | null, bootId: string | null, gapMs: number): TickAction {
  if (key === null) return { kind: 'none' };
  if ((bootId !== null && tick.bootId !== bootId) || gapMs > LINK_LOST_MS) return { kind: 'refetch' };
  const mine = tick.snapshots.find((s) => s.key === key);
  if (mine) return { kind: 'use', snapshot: mine };
  if (bootId === null) return { kind: 'refetch' };
  return tick.snapshots.length > 0 ? { kind: 'refetch' } : { kind: 'none' };
}

/**
 * Follows one live query: fetches its snapshot, then takes fresh ones from `metrics.ticked`. After a
 * server restart, sleep or network drop, the EventSource reconnects by itself and the first tick
 * heard triggers a fresh fetch, so the screen resumes without a reload.
 */
export function useLiveSnapshot(query: LiveQuery): LiveState {
  const [state, setState] = useState<LiveState>({ snapshot: null, alerts: [], error: null, heardAt: null, offsetMs: 0, lastIngestAt: null });
  const queryKey = JSON.stringify(query);
  const current = useRef({ key: null as string | null, bootId: null as string | null, heardAt: 0, inFlight: false, queryKey });
  current.current.queryKey = queryKey;

  const fetchSnapshot = useCallback(async () => {
    const c = current.current;
    if (c.inFlight) return;
    c.inFlight = true;
    const asked = c.queryKey;
    const r = await call('live.snapshot', JSON.parse(asked) as LiveQuery);
    c.inFlight = false;
    if (asked !== c.queryKey) return void fetchSnapshot();
    if (!r.ok) return setState((s) => ({ ...s, error: r.error.message }));
    const now = Date.now();
    c.key = r.value.key;
    c.heardAt = now;
    setState({ snapshot: r.value, alerts: r.value.alerts, error: null, heardAt: now, offsetMs: r.value.at - now, lastIngestAt: r.value.lastIngestAt });
  }, []);

  useEffect(() => {
    current.current.key = null;
    void fetchSnapshot();
  }, [queryKey, fetchSnapshot]);

  useEffect(() => {
    const off = subscribe('metrics.ticked', (tick) => {
      const c = current.current;
      const now = Date.now();
      const action = actOnTick(tick, c.key, c.bootId, c.heardAt ? now - c.heardAt : 0);
      c.bootId = tick.bootId;
      c.heardAt = now;
      if (action.kind === 'refetch') void fetchSnapshot();
      setState((s) => ({
        ...s,
        snapshot: action.kind === 'use' ? action.snapshot : s.snapshot,
        alerts: tick.alerts,
        heardAt: now,
        offsetMs: tick.at - now,
        lastIngestAt: tick.lastIngestAt,
        error: null,
      }));
    });
    // A lost link shows as stale; asking now and then lets the error say why while it lasts.
    const watch = setInterval(() => {
      if (Date.now() - current.current.heardAt > LINK_LOST_MS) void fetchSnapshot();
    }, 5_000);
    return () => {
      off();
      clearInterval(watch);
    };
  }, [fetchSnapshot]);

  return state;
}
