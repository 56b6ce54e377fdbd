import type { TimelineItem } from '../../../../shared/domain/contact';
import { formatTime } from '../../format';

/** One timeline of a customer's posts on every site and their calls, e-mails and chats (post text as text). */
export function CustomerTimeline(props: { items: TimelineItem[] }) {
  if (props.items.length === 0) return <p className="muted">Nothing yet.</p>;
  return (
    <ol className="customer-timeline" data-testid="customer-timeline">
      {props.items.map((t) =>
        t.kind === 'post' ? (
          <li key={`p${t.postId}`} className="tl-post" data-testid="timeline-post">
            <div className="tl-meta">
              <span className="site-chip">{t.siteName}</span> <b>@{t.author}</b>
              {t.sentiment && <span className={`sentiment-chip ${t.sentiment}`}>{t.sentiment}</span>}
              {t.caseId !== null && <span className="tag">case #{t.caseId}</span>}
              <span className="muted">{formatTime(t.at)}</span>
            </div>
            <div className="post-text">{t.text}</div>
          </li>
        ) : (
          <li key={`c${t.contact.id}`} className="tl-contact" data-testid="timeline-contact">
            <div className="tl-meta">
              <span className="tag channel">{t.contact.channel}</span> <b>{t.contact.source} {t.contact.externalId}</b>
              {t.contact.incidentId && <span className="tag">{t.contact.incidentId}</span>}
              <span className="muted">{t.at === null ? 'time not in the export' : formatTime(t.at)}</span>
            </div>
            <div>
              {t.contact.reason ?? 'no reason given'}
              {t.contact.outcome && <span className="muted"> → {t.contact.outcome}</span>}
              {t.contact.agent && <span className="muted"> · {t.contact.agent}</span>}
            </div>
          </li>
        ),
      )}
    </ol>
  );
}
