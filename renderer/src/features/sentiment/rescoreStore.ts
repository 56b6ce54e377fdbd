import { useEffect, useState, useSyncExternalStore } from 'react';
import type { PostSentiment } from '../../../../shared/domain/sentiment';
import { call, subscribe } from '../../api/client';

// Counts finished rescores. The post list caches its pages, so after a change of model the rows
// on screen fetch their new label themselves instead of waiting for the list to reload.
let finished = 0;
const listeners = new Set<() => void>();
let unsubscribe: (() => void) | null = null;

function listen(listener: () => void): () => void {
  listeners.add(listener);
  unsubscribe ??= subscribe('sentiment.rescored', (p) => {
    if (!p.finished) return;
    finished++;
    for (const l of listeners) l();
  });
  return () => listeners.delete(listener);
}

/** A post's sentiment; once any rescore has finished this session, read fresh from core (pages may predate it). */
export function useFreshSentiment(postId: number, listed: PostSentiment | null | undefined): PostSentiment | null | undefined {
  const version = useSyncExternalStore(listen, () => finished);
  const [fresh, setFresh] = useState<PostSentiment | null>(null);
  useEffect(() => {
    if (version === 0) return;
    let live = true;
    void call('sentiment.explain', { postId }).then((r) => {
      if (live && r.ok) setFresh({ label: r.value.label, score: r.value.score, confidence: r.value.confidence, correctedLabel: r.value.correctedLabel });
    });
    return () => {
      live = false;
    };
  }, [postId, version]);
  return fresh ?? listed;
}
