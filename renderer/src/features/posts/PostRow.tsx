import type { Post } from '../../../../shared/domain/post';
import { formatCount, formatTime } from '../../format';

/** One post in the list. The text is untrusted and rendered as text only. */
export function PostRow(props: { post: Post | undefined }) {
  const p = props.post;
  if (!p) return <div className="post-row loading">Loading…</div>;
  return (
    <div className="post-row" data-testid="post-row">
      <div className="post-meta">
        <span className="site-chip" data-testid="post-site">{p.siteName}</span>
        <span className="author" data-testid="post-author">@{p.author}</span>
        {p.authorFollowers !== null && <span className="muted">{formatCount(p.authorFollowers)} followers</span>}
        {p.parentId !== null && <span className="muted">↳ reply</span>}
        <time className="muted" dateTime={new Date(p.createdAt).toISOString()}>{formatTime(p.createdAt)}</time>
      </div>
      <div className="post-text" data-testid="post-text">{p.text}</div>
    </div>
  );
}
