import { formatCount, formatTime, formatTotal } from '../../format';
import { requestOpenCase } from '../cases/openCase';
import { SentimentChip } from '../sentiment/SentimentChip';
import { useAuthorActivity } from './useAuthorActivity';
import type { ViewNode } from './viewGraph';

/** Props of {@link AuthorPanel}. */
export interface AuthorPanelProps {
  node: ViewNode;
  onClose(): void;
  /** Shows the author's ego network. */
  onEgo(authorId: number): void;
  /** Shows the cascade of the thread a post belongs to. */
  onCascade(postId: number): void;
}

/**
 * The clicked author: recent posts (site, time, sentiment, text as text) and the cases of the
 * conversations they wrote in, each opening in the Cases view.
 */
export function AuthorPanel({ node, onClose, onEgo, onCascade }: AuthorPanelProps) {
  const { posts, cases, error } = useAuthorActivity(node.authorId);
  const columnName = (id: number): string => cases?.columns.find((c) => c.id === id)?.name ?? '';
  return (
    <aside className="author-panel" data-testid="author-panel" aria-label={`Posts and cases of @${node.handle}`}>
      <div className="author-head">
        <strong data-testid="author-panel-handle">@{node.handle}</strong> <span className="chip">{node.site}</span>
        <span className="spacer" />
        <button type="button" data-testid="author-panel-ego" title="Show who follows them and whom they follow" onClick={() => onEgo(node.authorId)}>Ego network</button>
        <button type="button" aria-label="Close" data-testid="author-panel-close" onClick={onClose}>×</button>
      </div>
      {error && <div className="error-text" role="alert">{error}</div>}
      <h4>Cases {cases && <span className="muted">({formatCount(cases.total)})</span>}</h4>
      {cases === null ? (
        <p className="muted">Loading…</p>
      ) : cases.items.length === 0 ? (
        <p className="muted" data-testid="author-no-cases">No case on a conversation they wrote in.</p>
      ) : (
        <ul className="author-cases">
          {cases.items.map((c) => (
            <li key={c.id} data-testid="author-case">
              <a href="#/cases" data-testid="author-case-open" onClick={() => requestOpenCase(c.id)}>
                #{c.id} {c.title}
              </a>
              <span className="muted"> · {columnName(c.columnId)}{c.assignee ? ` · ${c.assignee}` : ''}</span>
            </li>
          ))}
        </ul>
      )}
      <h4>Recent posts {posts && <span className="muted">({formatCount(posts.items.length)} of {formatTotal(posts.total, posts.totalCapped)})</span>}</h4>
      {posts === null ? (
        <p className="muted">Loading…</p>
      ) : posts.items.length === 0 ? (
        <p className="muted">No stored posts: known only from an edge file.</p>
      ) : (
        <ul className="author-posts">
          {posts.items.map((p) => (
            <li key={p.id} data-testid="author-post">
              <div className="post-meta">
                <span className="chip">{p.siteName}</span>
                <SentimentChip postId={p.id} sentiment={p.sentiment} />
                <time className="muted" dateTime={new Date(p.createdAt).toISOString()}>{formatTime(p.createdAt)}</time>
                <button type="button" className="link" data-testid="author-post-cascade" title="How this conversation travelled" onClick={() => onCascade(p.id)}>
                  Cascade
                </button>
              </div>
              <div className="author-post-text" data-testid="author-post-text">{p.text}</div>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
