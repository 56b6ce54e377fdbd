import { useState, type ReactNode } from 'react';
import type { CaseColumn } from '../../../../shared/domain/case';

/** A column of the board and a drop target for dragged cards. */
export function BoardColumn(props: { column: CaseColumn; shown: number; onDropCase: (caseId: number) => void; children: ReactNode }) {
  const [over, setOver] = useState(false);
  const k = props.column;
  return (
    <section
      className={`case-column${over ? ' drop-over' : ''}${k.resolves ? ' resolves' : ''}`}
      data-testid="case-column"
      data-column-id={k.id}
      aria-label={k.name}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('text/x-case')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const id = Number(e.dataTransfer.getData('text/x-case'));
        if (id > 0) props.onDropCase(id);
      }}
    >
      <header className="case-column-head">
        <span className="case-column-name">{k.name}</span>
        <span className="muted" data-testid="case-column-count">{props.shown === k.count ? k.count : `${props.shown} of ${k.count}`}</span>
      </header>
      <div className="case-column-body">{props.children}</div>
    </section>
  );
}
