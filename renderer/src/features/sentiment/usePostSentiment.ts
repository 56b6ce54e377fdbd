import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import { correctLabel } from './correctionStore';
import { labelOfKey } from './sentimentKeys';

function focusSibling(row: HTMLElement, step: 1 | -1): void {
  const wrapper = row.closest('.virtual-row') ?? row;
  const next = step > 0 ? wrapper.nextElementSibling : wrapper.previousElementSibling;
  (next?.querySelector('[data-testid="post-row"]') as HTMLElement | null)?.focus();
}

/**
 * What a post row needs for sentiment: open/close the reasons on click or Enter, one keystroke
 * (n/u/p) corrects the focused post's label, j/k or arrows move between posts.
 */
export function usePostSentiment(postId: number) {
  const [open, setOpen] = useState(false);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const onClick = (e: MouseEvent<HTMLElement>): void => {
    if (window.getSelection()?.toString()) return;
    e.currentTarget.focus();
    setOpen((o) => !o);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
    if (e.target !== e.currentTarget) return;
    const label = labelOfKey(e);
    if (label) {
      e.preventDefault();
      void correctLabel(postId, label).then((err) => {
        setError(err);
        setVersion((v) => v + 1);
      });
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      setOpen((o) => !o);
    } else if (e.key === 'ArrowDown' || e.key === 'j') {
      e.preventDefault();
      focusSibling(e.currentTarget, 1);
    } else if (e.key === 'ArrowUp' || e.key === 'k') {
      e.preventDefault();
      focusSibling(e.currentTarget, -1);
    } else if (e.key === 'Escape') setOpen(false);
  };

  return { open, version, error, onClick, onKeyDown };
}
