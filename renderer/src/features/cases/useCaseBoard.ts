import { useCallback, useEffect, useRef, useState } from 'react';
import type { Method, Req } from '../../../../shared/contract/api';
import type { CaseBoard, CaseCard, CaseQuery } from '../../../../shared/domain/case';
import { call, subscribe } from '../../api/client';

/** The case-update methods: each takes caseId + version and answers with the updated card. */
export type CaseUpdateMethod = Extract<Method, 'cases.move' | 'cases.assign' | 'cases.linkIncident' | 'cases.markPostRemoved'>;

/** What an update gave: the card, or a message (a conflict reloads the board first). */
export type UpdateOutcome = { ok: true; card: CaseCard } | { ok: false; message: string; conflict: boolean };

/** The agent name changes are recorded under (kept in this browser). */
export function readAgentName(): string {
  return window.localStorage.getItem('lp.agent') ?? 'supervisor';
}

/** Remembers the agent name. */
export function saveAgentName(name: string): void {
  window.localStorage.setItem('lp.agent', name.trim() || 'supervisor');
}

/**
 * The board for a set of filters, reloaded whenever any window changes a case. Updates send the
 * version the board last saw; when another window got there first the call is refused as a
 * conflict, the board reloads and the caller shows why (nothing is overwritten).
 */
export function useCaseBoard(filters: CaseQuery) {
  const [board, setBoard] = useState<CaseBoard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  const key = JSON.stringify(filters);

  const reload = useCallback(async (): Promise<void> => {
    const mine = ++seq.current;
    const r = await call('cases.list', JSON.parse(key) as CaseQuery);
    if (mine !== seq.current) return;
    if (r.ok) {
      setBoard(r.value);
      setError(null);
    } else setError(r.error.message);
  }, [key]);

  useEffect(() => {
    void reload();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = subscribe('cases.changed', () => {
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), 100);
    });
    return () => (off(), clearTimeout(timer));
  }, [reload]);

  const update = useCallback(
    async <M extends CaseUpdateMethod>(method: M, req: Omit<Req<M>, 'by'>): Promise<UpdateOutcome> => {
      const r = await call(method, { ...req, by: readAgentName() } as Req<M>);
      if (r.ok) {
        setBoard((b) => b && { ...b, items: b.items.map((c) => (c.id === r.value.id ? r.value : c)) });
        void reload();
        return { ok: true, card: r.value };
      }
      const conflict = r.error.code === 'conflict';
      if (conflict) await reload();
      return { ok: false, message: r.error.message, conflict };
    },
    [reload],
  );

  return { board, error, reload, update };
}

/** A clock for SLA chips that ticks every `everyMs`. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(t);
  }, [everyMs]);
  return now;
}
