import { useState } from 'react';
import type { CaseCard, CaseColumn } from '../../../../shared/domain/case';
import { formatTime } from '../../format';
import { CaseControls } from './CaseControls';
import { CaseCustomer } from './CaseCustomer';
import { CaseLog, CaseThread } from './CaseHistory';
import { ReplyComposer } from './ReplyComposer';
import { StoredReplies } from './StoredReplies';
import { SlaTimers } from './SlaTimers';
import { useCaseDetail } from './useCaseDetail';
import type { UpdateOutcome, useCaseBoard } from './useCaseBoard';

/** The post a case was opened on; once removed at the site its text stays, marked removed. */
function CasePostView({ card }: { card: CaseCard }) {
  const p = card.post;
  return (
    <div className="case-post" data-testid="case-post">
      <div className="post-meta">
        <span className="site-chip">{card.siteName}</span>
        <span className="author">@{p.author}</span>
        <span className="muted">{card.sitePolicy}</span>
        <span className="muted">{formatTime(card.openedAt)}</span>
        {p.url && <a href={p.url} target="_blank" rel="noreferrer noopener">open at the site</a>}
      </div>
      {p.removed && (
        <div className="removed-note" data-testid="case-post-removed">
          {p.postId === null ? 'The post is no longer stored' : 'Removed at the site'}
          {p.removedAt !== null && ` (${formatTime(p.removedAt)})`} — last text seen:
        </div>
      )}
      <div className={`post-text${p.removed ? ' removed' : ''}`} data-testid="case-post-text">{p.text}</div>
    </div>
  );
}

/** The side panel of one case: its post, SLA timers, controls, reply composer, conversation and log. */
export function CasePanel(props: { caseId: number; columns: CaseColumn[]; now: number; update: ReturnType<typeof useCaseBoard>['update']; onClose: () => void }) {
  const { detail, error } = useCaseDetail(props.caseId);
  const [notice, setNotice] = useState<{ text: string; bad: boolean } | null>(null);
  const onOutcome = (o: UpdateOutcome): void => setNotice(o.ok ? null : { text: o.conflict ? `Not saved: ${o.message}. The latest version is shown now.` : o.message, bad: true });
  if (error) return <aside className="case-panel"><div className="error-banner" role="alert">{error}</div></aside>;
  if (!detail) return <aside className="case-panel muted">Loading…</aside>;
  const c = detail.card;
  return (
    <aside className="case-panel" data-testid="case-panel" aria-label={`Case ${c.id}`}>
      <header className="case-panel-head">
        <h3>Case #{c.id}</h3>
        <span className="muted">v{c.version}</span>
        <span className="spacer" />
        <button type="button" className="link-button" onClick={props.onClose} aria-label="Close case">✕</button>
      </header>
      {notice && <div className={notice.bad ? 'error-banner' : 'notice'} role="alert" data-testid="case-notice">{notice.text}</div>}
      <CasePostView card={c} />
      <SlaTimers card={c} now={props.now} />
      <CaseControls card={c} columns={props.columns} update={props.update} onOutcome={onOutcome} />
      {c.incidentId && (
        <div className="muted small" data-testid="case-incident-status">
          {detail.incident ? `${detail.incident.id}: ${detail.incident.status} — ${detail.incident.title}` : `${c.incidentId} is not in the imported contact history`}
        </div>
      )}
      <h4 className="section-title">Customer</h4>
      <CaseCustomer postId={c.post.postId} />
      <h4 className="section-title">Reply</h4>
      <StoredReplies replies={detail.replies} />
      <ReplyComposer card={c} onStored={(text) => setNotice({ text, bad: false })} />
      <h4 className="section-title">Conversation</h4>
      <CaseThread posts={detail.thread} />
      <h4 className="section-title">History</h4>
      <CaseLog events={detail.events} />
    </aside>
  );
}
