import type { CaseEvent, CaseThreadPost } from '../../../../shared/domain/case';
import { formatTime } from '../../format';

function describeEvent(e: CaseEvent): string {
  const d = e.detail as Record<string, string | null>;
  switch (e.kind) {
    case 'created':
      return 'opened the case';
    case 'moved':
      return `moved it from ${d.fromName ?? '?'} to ${d.toName ?? '?'}`;
    case 'assigned':
      return d.to ? `assigned it to ${d.to}` : `unassigned it (was ${d.from ?? 'nobody'})`;
    case 'incident-linked':
      return d.to ? `linked incident ${d.to}` : `unlinked incident ${d.from ?? ''}`;
    case 'replied':
      return 'stored a reply';
    case 'post-removed':
      return 'marked the post removed at the site';
  }
}

/** The conversation of the case (post text as text only). */
export function CaseThread(props: { posts: CaseThreadPost[] }) {
  if (props.posts.length === 0) return <p className="muted">The conversation is no longer stored.</p>;
  return (
    <ol className="case-thread" data-testid="case-thread">
      {props.posts.map((p) => (
        <li key={p.id} className={p.byCompany ? 'ours' : ''}>
          <div className="muted">
            <span className="author">@{p.author}</span> {p.byCompany && <span className="tag">company</span>} {formatTime(p.createdAt)}
          </div>
          <div className="post-text">{p.text}</div>
        </li>
      ))}
    </ol>
  );
}

/** The audit log: who changed what and when, newest first. */
export function CaseLog(props: { events: CaseEvent[] }) {
  return (
    <ol className="case-log" data-testid="case-log">
      {[...props.events].reverse().map((e) => (
        <li key={e.id}>
          <span className="muted">{formatTime(e.at)}</span> <b>{e.actor}</b> {describeEvent(e)}
        </li>
      ))}
    </ol>
  );
}
