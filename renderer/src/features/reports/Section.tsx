import type { ReactNode } from 'react';
import { EmptyState } from '../../components/EmptyState';

/** A titled report section; says `empty` in a sentence instead of its children when there is nothing to show. */
export function Section(props: { title: string; note?: string; empty?: string | null; testId: string; className?: string; children: ReactNode }) {
  return (
    <section className={`report-section ${props.className ?? ''}`} data-testid={props.testId} aria-label={props.title}>
      <header>
        <h2>{props.title}</h2>
        {props.note && <span className="muted">{props.note}</span>}
      </header>
      {props.empty ? <EmptyState title={props.empty} testId={`${props.testId}-empty`} /> : props.children}
    </section>
  );
}
