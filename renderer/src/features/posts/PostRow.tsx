import type { Post } from '../../../../shared/domain/post';
import { formatCount, formatTime } from '../../format';
import { SentimentChip } from '../sentiment/SentimentChip';
import { SentimentReasons } from '../sentiment/SentimentReasons';
import { usePostSentiment } from '../sentiment/usePostSentiment';
import { CreateCaseButton } from '../cases/CreateCaseButton';
import { requestOpenCascade } from '../graph/openGraph';
import { PostTopics } from '../topics/PostTopics';

/** One post in the list. The text is untrusted and rendered as text only. */
export function PostRow(props: { post: Post | undefined }) {
  const p = props.post;
  if (!p) return <div className="post-row loading">Loading…</div>;
  return <LoadedPostRow post={p} />;
}

/** Click or Enter opens the sentiment reasons; n/u/p corrects the label of the focused post. */
function LoadedPostRow({ post: p }: { post: Post }) {
  const s = usePostSentiment(p.id);
  return (
    <div className={`post-row${s.open ? ' open' : ''}`} data-testid="post-row" tabIndex={0} aria-expanded={s.open} onClick={s.onClick} onKeyDown={s.onKeyDown}>
      <div className="post-meta">
        <span className="site-chip" data-testid="post-site">{p.siteName}</span>
        <SentimentChip postId={p.id} sentiment={p.sentiment} />
        <span className="author" data-testid="post-author">@{p.author}</span>
        {p.authorFollowers !== null && <span className="muted">{formatCount(p.authorFollowers)} followers</span>}
        {p.parentId !== null && <span className="muted">↳ reply</span>}
        <time className="muted" dateTime={new Date(p.createdAt).toISOString()}>{formatTime(p.createdAt)}</time>
        <CreateCaseButton postId={p.id} />
        <a className="case-link" data-testid="post-cascade-link" href="#/graph" title="How this conversation travelled" onClick={(e) => (e.stopPropagation(), requestOpenCascade(p.id))}>
          Cascade →
        </a>
      </div>
      <div className="post-text" data-testid="post-text">{p.text}</div>
      {s.error && <div className="error-text" role="alert">{s.error}</div>}
      {s.open && <PostTopics postId={p.id} />}
      {s.open && <SentimentReasons postId={p.id} version={s.version} />}
    </div>
  );
}
