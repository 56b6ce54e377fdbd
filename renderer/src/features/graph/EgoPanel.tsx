import { useMemo, useState } from 'react';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { formatCount } from '../../format';
import { edgeStride } from './drawGraph';
import { GraphStage } from './GraphStage';
import { useEgo } from './useReachData';
import { egoView, type ViewNode } from './viewGraph';

const ordinal = (n: number): string => `${n}${n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : n % 10 === 1 && n % 100 !== 11 ? 'st' : 'th'}`;

/** The ego network of the chosen author: the sampling rule and the graph stage. */
export function EgoPanel(props: { authorId: number | null; pageRankScale(siteId: number): number; onNodeClick(node: ViewNode): void }) {
  const [maxNodes, setMaxNodes] = useState(300);
  const { net, error } = useEgo(props.authorId, maxNodes);
  const shown = useMemo(() => (net ? egoView(net) : null), [net]);

  if (props.authorId === null) return <EmptyState title="Pick an author" testId="ego-empty"><p>Click a row of the leaderboard to see who follows them and whom they follow.</p></EmptyState>;
  if (error) return <div className="error-banner" role="alert">{error}</div>;
  if (!net || !shown) return <div className="muted ego-loading">Loading the ego network…</div>;
  const ego = net.nodes.find((n) => n.authorId === net.egoId);
  const stride = edgeStride(net.nodes.length, net.edges.length);
  const head = (
    <>
      <h3>
        Ego network of <span className="author">@{ego?.handle}</span> <span className="chip">{ego?.site}</span>
      </h3>
      <span className="muted" data-testid="graph-sampling">
        {net.sampling.rule}
        {net.sampling.sampled ? ' (sampled to keep the view responsive)' : ''} · {formatCount(net.edges.length)} follows among them
        {stride > 1 && `, every ${ordinal(stride)} line drawn`}
      </span>
    </>
  );
  return (
    <GraphStage
      testId="ego-panel"
      key={net.egoId}
      shown={shown}
      head={head}
      sizes={['score', 'audience2', 'pagerank', 'expectedCascade', 'followers']}
      colours={['role', 'stance', 'core', 'hubLinks', 'score']}
      initialSize="score"
      initialColour="role"
      maxNodes={maxNodes}
      onMaxNodes={setMaxNodes}
      lines="Lines: follows."
      fileName={`ego-${(ego?.handle ?? 'graph').replace(/[^\w-]+/g, '_')}`}
      exportGexf={async (positions) => {
        const r = await call('reach.exportGexf', { authorId: net.egoId, maxNodes, positions });
        return r.ok ? r.value : r.error.message;
      }}
      pageRankScale={props.pageRankScale}
      onNodeClick={props.onNodeClick}
    />
  );
}
