import { useSyncExternalStore } from 'react';
import type { SentimentCorrection } from '../../../../shared/domain/sentiment';
import type { SentimentLabel } from '../../../../shared/sentiment/types';
import { call, subscribe } from '../../api/client';

// Corrections made since the list was loaded. Virtual rows mount and unmount as they scroll and
// their pages are cached, so the corrected label lives here rather than in a row's state.
const corrected = new Map<number, SentimentLabel>();
const listeners = new Set<() => void>();
let unsubscribe: (() => void) | null = null;

function remember(c: SentimentCorrection): void {
  corrected.set(c.postId, c.label);
  for (const l of listeners) l();
}

function listen(listener: () => void): () => void {
  listeners.add(listener);
  // Corrections from another window arrive as events.
  unsubscribe ??= subscribe('sentiment.corrected', remember);
  return () => listeners.delete(listener);
}

/** The label a supervisor gave a post in this session, if any (re-renders on change). */
export function useCorrectedLabel(postId: number): SentimentLabel | undefined {
  return useSyncExternalStore(listen, () => corrected.get(postId));
}

/** Stores a correction; resolves with an error message, or null when it was stored. */
export async function correctLabel(postId: number, label: SentimentLabel): Promise<string | null> {
  const r = await call('sentiment.correct', { postId, label });
  if (!r.ok) return r.error.message;
  remember(r.value);
  return null;
}
