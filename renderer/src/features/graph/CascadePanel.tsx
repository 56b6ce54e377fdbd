import { useMemo, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { formatCount, formatTime } from '../../format';
import { shownToGexf } from './exportGexf';
import { GraphStage } from './GraphStage';
import { useReachCall } from './useReachData';
import { cascadeView, type ViewNode } from './viewGraph';

/** A thread's cascade: who joined, from whom, and when (time left to right), with the follows among them faint. */
export function CascadePanel(props: { postId: number | null; pageRankScale(siteId: number): number; onNodeClick(node: ViewNode): void }) {
  const [maxNodes, setMaxNodes] = useState(300);
  const { value: g, error, loading } = useReachCall('reach.cascade', props.postId === null ? null : { rootPostId: props.postId, maxNodes });
  const shown = useMemo(() => (g ? cascadeView(g) : null), [g]);

  if (props.postId === null) return <EmptyState title="Pick a thread" testId="cascade-empty"><p>Choose one of the busiest conversations on the left, type a post id, or open “Cascade” on a post.</p></EmptyState>;
  if (error) return <div className="error-banner" role="alert">{error}</div>;
  if (!g || !shown) return <div className="muted ego-loading">{loading ? 'Loading the cascade…' : ''}</div>;
  const root = g.nodes[0];
  const head = (
    <>
      <h3>
        Cascade of <span className="author">@{root?.handle}</span>’s post <span className="chip">{g.site}</span> <span className="muted">{formatTime(g.startedAt)}</span>
      </h3>
      <div className="cascade-root" data-testid="cascade-root-text">{g.rootText}</div>
      <span className="muted" data-testid="graph-sampling">
        {g.sampling.rule}
        {g.sampling.sampled ? ' (sampled to keep the view responsive)' : ''} · {formatCount(g.tree.length)} replies, reposts and mentions as lines · {formatCount(g.follows.length)} follows among them, dashed
      </span>
    </>
  );
  return (
    <GraphStage
      testId="cascade-panel"
      key={g.rootPostId}
      shown={shown}
      head={head}
      sizes={['score', 'audience2', 'pagerank', 'expectedCascade', 'followers']}
      colours={['sentiment', 'via', 'stance', 'score']}
      initialSize="score"
      initialColour="sentiment"
      maxNodes={maxNodes}
      onMaxNodes={setMaxNodes}
      lines="Lines: who answered whom, time left to right; dashed: follows."
      fileName={`cascade-${g.rootPostId}`}
      exportGexf={async (positions) => shownToGexf(shown, positions, `cascade-${g.rootPostId}.gexf`, `Cascade of post ${g.rootPostId} by ${root?.handle ?? ''} (${g.site}): ${g.sampling.rule}. Edge source was answered by target; "follows" edges: source follows target.`, 'answered by')}
      pageRankScale={props.pageRankScale}
      onNodeClick={props.onNodeClick}
    />
  );
}
