import { useMemo, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { formatCount } from '../../format';
import type { CommunityFilter } from './CommunityFilters';
import { shownToGexf } from './exportGexf';
import { GraphStage } from './GraphStage';
import { useReachCall } from './useReachData';
import { communityView, type ViewNode } from './viewGraph';

/** The follow graph restricted by filters: accounts, or communities when too many, with a way back out of a community. */
export function CommunityPanel(props: { siteId?: number; filter: CommunityFilter; pageRankScale(siteId: number): number; onAuthorClick(node: ViewNode): void }) {
  const [community, setCommunity] = useState<{ id: number; name: string } | null>(null);
  const key = JSON.stringify([props.siteId, props.filter]);
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    // New filters: back to the whole filtered graph.
    setShownKey(key);
    setCommunity(null);
  }
  const { value: g, error, loading } = useReachCall('reach.community', { ...props.filter, siteId: props.siteId, community: community?.id });
  const shown = useMemo(() => (g ? communityView(g) : null), [g]);

  if (error) return <div className="error-banner" role="alert">{error}</div>;
  if (!g || !shown) return <div className="muted ego-loading">{loading ? 'Grouping the follow graph…' : ''}</div>;
  const onNodeClick = (n: ViewNode): void => {
    if (n.kind === 'author') props.onAuthorClick(n);
    else if (n.key !== 0) setCommunity({ id: n.key, name: n.label });
  };
  const head = (
    <>
      <h3>
        {community ? (
          <>
            <button type="button" className="link" data-testid="community-back" onClick={() => setCommunity(null)}>All communities</button> › {community.name}
          </>
        ) : (
          'Community'
        )}{' '}
        <span className="chip">{g.site || 'no site'}</span>
      </h3>
      <span className="muted" data-testid="graph-sampling">
        {g.sampling.rule} · {formatCount(g.edges.length)} {g.aggregated ? 'links between groups that follow each other' : 'follows among them'}
      </span>
    </>
  );
  if (shown.nodes.length === 0) return <EmptyState title="No account matches" testId="community-empty"><p data-testid="graph-sampling">{g.sampling.rule}</p></EmptyState>;
  return (
    <GraphStage
      testId="community-panel"
      key={`${g.siteId}:${community?.id ?? 'all'}:${g.aggregated}`}
      shown={shown}
      head={head}
      sizes={g.aggregated ? ['members', 'followers', 'score'] : ['score', 'audience2', 'pagerank', 'expectedCascade', 'followers']}
      colours={g.aggregated ? ['stance', 'score'] : ['community', 'stance', 'core', 'score']}
      initialSize={g.aggregated ? 'members' : 'score'}
      initialColour={g.aggregated ? 'stance' : 'community'}
      lines={g.aggregated ? 'Lines: follows between groups.' : 'Lines: follows.'}
      fileName={`community-${g.site}${community ? `-${community.id}` : ''}`}
      exportGexf={async (positions) => shownToGexf(shown, positions, `community-${g.site}.gexf`, `Filtered community of ${g.site}: ${g.sampling.rule}.`, g.aggregated ? 'follows between' : 'follows')}
      pageRankScale={props.pageRankScale}
      onNodeClick={onNodeClick}
    />
  );
}
