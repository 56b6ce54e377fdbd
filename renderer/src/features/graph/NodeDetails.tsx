import { formatCount } from '../../format';
import type { ViewNode } from './viewGraph';

/** Details of the hovered node, next to the pointer. Handles and site names are rendered as text. */
export function NodeDetails(props: { node: ViewNode; x: number; y: number; pageRankScale: number }) {
  const n = props.node;
  const mood = n.stance ? `${n.stance}: ${n.mood.positive}+ ${n.mood.neutral}= ${n.mood.negative}−` : 'no scored posts';
  return (
    <div className="node-details" style={{ left: props.x + 14, top: props.y + 14 }} data-testid="node-details" role="tooltip">
      <div>
        <strong>{n.kind === 'author' ? `@${n.handle}` : n.label}</strong> <span className="chip">{n.site}</span>
      </div>
      <div className="muted">{n.subtitle}</div>
      {n.kind === 'community' ? (
        <dl>
          <dt>Accounts</dt>
          <dd>{formatCount(n.members ?? 0)}</dd>
          <dt>Highest reach score</dt>
          <dd>{n.score.toFixed(2)}</dd>
          <dt>Followers (sum)</dt>
          <dd>{formatCount(n.followers)}</dd>
        </dl>
      ) : (
        <dl>
          {n.sentiment !== undefined && (
            <>
              <dt>Their post here</dt>
              <dd>{n.sentiment ?? 'not scored'}</dd>
            </>
          )}
          <dt>Reach score</dt>
          <dd>{n.score.toFixed(2)}</dd>
          <dt>Audience (2 hops)</dt>
          <dd>{formatCount(n.audience2)}</dd>
          <dt>PageRank ×avg</dt>
          <dd>{(n.pagerank * props.pageRankScale).toFixed(2)}</dd>
          <dt>Core / hub links</dt>
          <dd>
            {n.core} / {formatCount(n.hubLinks)}
          </dd>
          <dt>Expected cascade</dt>
          <dd>{n.expectedCascade === null ? 'not simulated' : `${n.expectedCascade.toFixed(1)} ± ${(n.cascadeStdError ?? 0).toFixed(1)}`}</dd>
          <dt>Followers</dt>
          <dd>{formatCount(n.followers)}</dd>
          <dt>Posts stored</dt>
          <dd>{formatCount(n.posts)}</dd>
          <dt>Sentiment</dt>
          <dd>{mood}</dd>
        </dl>
      )}
    </div>
  );
}
