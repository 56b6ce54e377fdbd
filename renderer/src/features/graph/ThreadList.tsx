import { useState } from 'react';
import { formatCount, formatTime } from '../../format';
import { useReachCall } from './useReachData';

/** The busiest conversations of the chosen site (most replies or reposts) and a post id field; picking one shows its cascade. */
export function ThreadList(props: { siteId?: number; selected: number | null; onPick(postId: number): void }) {
  const [by, setBy] = useState<'replies' | 'reposts'>('replies');
  const [typed, setTyped] = useState('');
  const { value: threads, error } = useReachCall('reach.threads', { siteId: props.siteId, by, limit: 50 });
  const typedId = Number(typed);
  return (
    <div className="thread-list" data-testid="thread-list">
      <div className="thread-list-head">
        <label>
          Threads by
          <select value={by} data-testid="thread-sort" onChange={(e) => setBy(e.target.value as 'replies' | 'reposts')}>
            <option value="replies">most replies</option>
            <option value="reposts">most reposts</option>
          </select>
        </label>
        <form
          className="post-id-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (Number.isInteger(typedId) && typedId > 0) props.onPick(typedId);
          }}
        >
          <input aria-label="Post id" placeholder="or a post id" inputMode="numeric" data-testid="cascade-post-id" value={typed} onChange={(e) => setTyped(e.target.value.trim())} />
          <button type="submit" disabled={!(Number.isInteger(typedId) && typedId > 0)}>Show</button>
        </form>
      </div>
      {error && <div className="error-text" role="alert">{error}</div>}
      {threads?.length === 0 && <p className="muted">No conversation with replies on this site yet.</p>}
      <table className="leaderboard">
        <tbody>
          {threads?.map((t) => (
            <tr key={t.rootPostId} data-testid="thread-row" data-root-post-id={t.rootPostId} className={t.rootPostId === props.selected ? 'selected' : ''} onClick={() => props.onPick(t.rootPostId)}>
              <td>
                <div className="thread-meta">
                  <span className="author">@{t.author}</span> <span className="chip">{t.site}</span> <span className="muted">{formatTime(t.startedAt)}</span>
                </div>
                <div className="thread-text">{t.text}</div>
              </td>
              <td className="num" title="replies · reposts · participants">
                {formatCount(t.replies)} replies
                <br />
                <span className="muted">{formatCount(t.reposts)} reposts · {formatCount(t.participants)} people</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
