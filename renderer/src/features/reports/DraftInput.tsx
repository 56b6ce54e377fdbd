import { useEffect, useState } from 'react';

/** A text input that hands its value on with Enter or when it loses focus (not on every key). */
export function DraftInput(props: { value: string; onCommit(v: string): void; label: string; testId: string; placeholder?: string; size?: number }) {
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  const commit = (): void => {
    if (draft !== props.value) props.onCommit(draft);
  };
  return (
    <input
      type="text"
      aria-label={props.label}
      data-testid={props.testId}
      value={draft}
      placeholder={props.placeholder}
      size={props.size}
      spellCheck={false}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(props.value);
      }}
    />
  );
}
