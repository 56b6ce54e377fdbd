import type { ReactNode } from 'react';

/** A titled live panel (with optional header actions); shows `empty` instead of its children when there is nothing to draw. */
export function Panel(props: { title: string; note?: string; empty?: string | null; className?: string; testId: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className={`live-panel ${props.className ?? ''}`} data-testid={props.testId}>
      <header>
        <h2>{props.title}</h2>
        {props.note && <span className="muted">{props.note}</span>}
        {props.actions && <span className="panel-actions">{props.actions}</span>}
      </header>
      {props.empty ? <div className="panel-empty muted">{props.empty}</div> : <div className="panel-body">{props.children}</div>}
    </section>
  );
}
