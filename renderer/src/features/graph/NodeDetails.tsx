import type { EgoNode } from '../../../../shared/domain/reach';
import { formatCount } from '../../format';

const ROLE_TEXT = { ego: 'the author', mutual: 'follows each other with the author', follower: 'follows the author', followee: 'followed by the author' } as const;

/** Details of the hovered node, next to the pointer. Handles and site names are rendered as text. */
export function NodeDetails(props: { node: EgoNode; x: number; y: number; pageRankScale: number }) {
  const n = props.node;
  return (
    <div className="node-details" style={{ left: props.x + 14, top: props.y + 14 }} data-testid="node-details" role="tooltip">
      <div>
        <strong>@{n.handle}</strong> <span className="chip">{n.site}</span>
      </div>
      <div className="muted">{ROLE_TEXT[n.role]}</div>
      <dl>
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
        <dd>{n.stance ? `${n.stance}: ${n.mood.positive}+ ${n.mood.neutral}= ${n.mood.negative}−` : 'no scored posts'}</dd>
      </dl>
    </div>
  );
}
