import type { KeyboardEvent } from 'react';
import type { CaseCard } from '../../../../shared/domain/case';
import { SlaChip } from './SlaChip';

/** One case on the board: draggable, focusable, keyboard-driven (see boardKeys). Post text is shown as text. */
export function BoardCard(props: {
  card: CaseCard;
  now: number;
  selected: boolean;
  onOpen: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
}) {
  const c = props.card;
  return (
    <div
      className={`case-card${props.selected ? ' selected' : ''}`}
      data-testid="case-card"
      data-case-id={c.id}
      tabIndex={0}
      draggable
      role="button"
      aria-label={`Case ${c.id}: ${c.title}`}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/x-case', String(c.id));
        e.dataTransfer.setData('text/plain', String(c.id));
        e.dataTransfer.effectAllowed = 'move';
      }}
      onClick={props.onOpen}
      onKeyDown={props.onKeyDown}
    >
      <div className="case-card-meta">
        <span className="site-chip">{c.siteName}</span>
        <span className="author">@{c.post.author}</span>
        <span className="case-id muted">#{c.id}</span>
      </div>
      <div className={`case-card-title${c.post.removed ? ' removed' : ''}`} data-testid="case-title">{c.title}</div>
      <div className="case-card-foot">
        <SlaChip card={c} now={props.now} />
        {c.post.removed && <span className="tag removed-tag" data-testid="case-removed">post removed</span>}
        {c.incidentId && <span className="tag" data-testid="case-incident">{c.incidentId}</span>}
        {c.replies > 0 && <span className="tag">{c.replies} {c.replies === 1 ? 'reply' : 'replies'}</span>}
        <span className="assignee" data-testid="case-assignee">{c.assignee ?? 'unassigned'}</span>
      </div>
    </div>
  );
}
