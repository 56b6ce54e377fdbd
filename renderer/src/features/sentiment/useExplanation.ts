import { useEffect, useState } from 'react';
import type { SentimentExplanation } from '../../../../shared/domain/sentiment';
import { call } from '../../api/client';

/** Loads a post's score with its reasons; `version` reloads it (after a correction). */
export function useExplanation(postId: number, version: number) {
  const [explanation, setExplanation] = useState<SentimentExplanation | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void call('sentiment.explain', { postId }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setExplanation(r.value);
        setError(null);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [postId, version]);
  return { explanation, error };
}
