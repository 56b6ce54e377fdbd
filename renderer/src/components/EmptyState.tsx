import type { ReactNode } from 'react';

/** A friendly message where a list or chart has nothing to show yet. */
export function EmptyState(props: { title: string; children?: ReactNode; testId?: string }) {
  return (
    <div className="empty" data-testid={props.testId ?? 'empty-state'}>
      <h2>{props.title}</h2>
      {props.children}
    </div>
  );
}
