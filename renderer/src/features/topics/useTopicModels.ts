import { useCallback, useEffect, useState } from 'react';
import type { Req } from '../../../../shared/contract/api';
import type { TopicModelInfo, TopicModelsState } from '../../../../shared/domain/topics';
import { call } from '../../api/client';

/** The learned topic models, the choice of each scope, and the actions on them. */
export interface TopicModelsHook {
  state: TopicModelsState | null;
  busy: boolean;
  error: string | null;
  /** The model just trained: its figures are shown before it is switched on. */
  trained: TopicModelInfo | null;
  train(req: Req<'topics.train'>): Promise<void>;
  activate(modelId: number, siteId: number | null, minConfidence: number): Promise<void>;
  deactivate(siteId: number | null): Promise<void>;
  rollback(siteId: number | null): Promise<void>;
}

/** Loads `topics.models` and runs train / activate / deactivate / rollback, keeping the latest state. */
export function useTopicModels(): TopicModelsHook {
  const [state, setState] = useState<TopicModelsState | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [trained, setTrained] = useState<TopicModelInfo | null>(null);
  const reload = useCallback(async () => {
    const r = await call('topics.models', {});
    if (r.ok) setState(r.value);
    else setError(r.error.message);
  }, []);
  useEffect(() => void reload(), [reload]);
  const run = useCallback(async <T,>(work: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>, done: (value: T) => void) => {
    setBusy(true);
    setError(null);
    const r = await work();
    setBusy(false);
    if (r.ok) done(r.value);
    else setError(r.error.message);
  }, []);
  return {
    state,
    busy,
    error,
    trained,
    train: (req) => run(() => call('topics.train', req), (m) => (setTrained(m), void reload())),
    activate: (modelId, siteId, minConfidence) => run(() => call('topics.activate', { modelId, siteId, minConfidence }), setState),
    deactivate: (siteId) => run(() => call('topics.deactivate', { siteId }), setState),
    rollback: (siteId) => run(() => call('topics.rollback', { siteId }), setState),
  };
}
