import { useCallback, useEffect, useState } from 'react';
import type { RescoreProgress, SentimentModelInfo } from '../../../../shared/domain/sentiment';
import { call, subscribe } from '../../api/client';

/** What the retrain form sends. */
export interface RetrainInput {
  file?: string;
  textColumn?: string;
  labelColumn?: string;
}

/** The stored models, retrain and switch-on actions, and the progress of the rescore they start. */
export function useModels() {
  const [models, setModels] = useState<SentimentModelInfo[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [rescore, setRescore] = useState<RescoreProgress | null>(null);

  const reload = useCallback(async () => {
    const r = await call('sentiment.models', {});
    if (r.ok) setModels(r.value);
    else setError(r.error.message);
  }, []);
  useEffect(() => {
    void reload();
    return subscribe('sentiment.rescored', setRescore);
  }, [reload]);

  const retrain = async (input: RetrainInput): Promise<SentimentModelInfo | null> => {
    setBusy('Training and cross-validating…');
    setError(null);
    const r = await call('sentiment.retrain', input);
    setBusy(null);
    if (!r.ok) return (setError(r.error.message), null);
    await reload();
    return r.value;
  };

  const activate = async (modelId: number): Promise<void> => {
    setBusy('Switching model…');
    setError(null);
    const r = await call('sentiment.activate', { modelId });
    setBusy(null);
    if (!r.ok) return setError(r.error.message);
    setRescore((p) => (p && p.jobId >= r.value.rescore.jobId ? p : r.value.rescore));
    await reload();
  };

  return { models, busy, error, rescore, retrain, activate };
}
