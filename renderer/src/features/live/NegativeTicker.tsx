import type { NegativePost } from '../../../../shared/domain/live';
import { formatAge, formatCount } from '../../format';

/** The newest negative posts with site, author, followers and reach. Text is rendered as text. */
export function NegativeTicker(props: { posts: NegativePost[]; now: number; large?: boolean }) {
  return (
    <ol className={`ticker ${props.large ? 'large' : ''}`} data-testid="negative-ticker">
      {props.posts.map((p) => (
        <li key={p.id} data-testid="ticker-item">
          <div className="ticker-meta">
            <span className="site-chip">{p.siteName}</span>
            <span className="author">@{p.author}</span>
            {p.followers !== null && <span className="muted">{formatCount(p.followers)} followers</span>}
            {p.reach !== null && <span className="muted">reach ≈ {formatCount(Math.round(p.reach))}</span>}
            <span className="muted">{formatAge(p.createdAt, props.now)}</span>
          </div>
          <div className="ticker-text" data-testid="ticker-text">{p.text}</div>
        </li>
      ))}
    </ol>
  );
}
