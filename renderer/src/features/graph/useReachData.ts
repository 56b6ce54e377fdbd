import { useCallback, useEffect, useState } from 'react';
import type { EgoNetwork, Leaderboard, LeaderboardRequest } from '../../../../shared/domain/reach';
import type { Req, Res } from '../../../../shared/contract/api';
import { call, subscribe } from '../../api/client';

/** The leaderboard for a request, reloaded when the request changes or metrics are recomputed. */
export function useLeaderboard(req: LeaderboardRequest) {
  const [board, setBoard] = useState<Leaderboard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(req);
  const load = useCallback(async () => {
    const r = await call('reach.leaderboard', JSON.parse(key) as LeaderboardRequest);
    if (r.ok) setBoard(r.value);
    setError(r.ok ? null : r.error.message);
  }, [key]);
  useEffect(() => {
    const t = setTimeout(() => void load(), 150);
    return () => clearTimeout(t);
  }, [load]);
  useEffect(() => subscribe('reach.computed', () => void load()), [load]);
  return { board, error, reload: load };
}

/** The ego network of an author (null while none is chosen or loading). */
export function useEgo(authorId: number | null, maxNodes: number) {
  const [net, setNet] = useState<EgoNetwork | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (authorId === null) return setNet(null);
    let live = true;
    void call('reach.ego', { authorId, maxNodes }).then((r) => {
      if (!live) return;
      setNet(r.ok ? r.value : null);
      setError(r.ok ? null : r.error.message);
    });
    return () => {
      live = false;
    };
  }, [authorId, maxNodes]);
  return { net, error };
}

/** Runs reach.compute and reports the steps pushed while it runs. */
export function useCompute() {
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<string | null>(null);
  useEffect(() => subscribe('reach.progressed', (p) => setStep(p.step)), []);
  const compute = useCallback(async (siteId?: number) => {
    setBusy(true);
    setStep('starting');
    const r = await call('reach.compute', siteId === undefined ? {} : { siteId });
    setBusy(false);
    setStep(r.ok ? (r.value.length === 0 ? 'no follow edges stored yet' : null) : r.error.message);
  }, []);
  return { busy, step, compute };
}

/** The answer of a reach method for a request (null request: nothing asked), reloaded when the request changes. */
export function useReachCall<M extends 'reach.cascade' | 'reach.community' | 'reach.threads'>(method: M, req: Req<M> | null) {
  const [value, setValue] = useState<Res<M> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const key = req === null ? null : JSON.stringify(req);
  useEffect(() => {
    setError(null);
    if (key === null) return setValue(null);
    let live = true;
    setLoading(true);
    void call(method, JSON.parse(key) as Req<M>).then((r) => {
      if (!live) return;
      setLoading(false);
      setValue(r.ok ? r.value : null);
      setError(r.ok ? null : r.error.message);
    });
    return () => {
      live = false;
    };
  }, [method, key]);
  return { value, error, loading };
}
