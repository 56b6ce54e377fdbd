import { useEffect, useState } from 'react';
import type { Stance } from '../../../../shared/domain/reach';
import type { Site } from '../../../../shared/domain/site';
import { DEFAULT_REACH_WEIGHTS, type ReachWeights } from '../../../../shared/reach/reachScore';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { formatAge, formatCount } from '../../format';
import { AuthorPanel } from './AuthorPanel';
import { CascadePanel } from './CascadePanel';
import { CommunityFilters, type CommunityFilter } from './CommunityFilters';
import { CommunityPanel } from './CommunityPanel';
import { EgoPanel } from './EgoPanel';
import { GraphModes, type GraphMode } from './GraphModes';
import { ImportEdgesForm } from './ImportEdgesForm';
import { Leaderboard } from './Leaderboard';
import { clearOpenCascadeRequest, peekOpenCascadeRequest } from './openGraph';
import { ThreadList } from './ThreadList';
import { useCompute, useLeaderboard } from './useReachData';
import type { ViewNode } from './viewGraph';
import { WeightsEditor } from './WeightsEditor';
import './graph.css';

const PAGE = 50;

/**
 * The Graph view: the influencer leaderboard (reach score with editable weights) and three graphs:
 * an author's ego network, a thread's cascade, a filtered community. Clicking an author in any of
 * them opens their posts and cases.
 */
export function GraphView() {
  const [sites, setSites] = useState<Site[]>([]);
  const [siteId, setSiteId] = useState<number | undefined>();
  const [query, setQuery] = useState('');
  const [postersOnly, setPostersOnly] = useState(false);
  const [stance, setStance] = useState<Stance | ''>('');
  const [weights, setWeights] = useState<ReachWeights>({ ...DEFAULT_REACH_WEIGHTS });
  const [limit, setLimit] = useState(PAGE);
  const [selected, setSelected] = useState<number | null>(null);
  const [importing, setImporting] = useState(false);
  // A post's "Cascade" link (Posts view) opens this view on that thread.
  const [cascadePost, setCascadePost] = useState<number | null>(peekOpenCascadeRequest);
  const [mode, setMode] = useState<GraphMode>(() => (peekOpenCascadeRequest() !== null ? 'cascade' : 'ego'));
  const [filter, setFilter] = useState<CommunityFilter>({});
  const [clicked, setClicked] = useState<ViewNode | null>(null);
  const { board, error, reload } = useLeaderboard({ siteId, query: query || undefined, postersOnly, stance: stance || undefined, weights, limit });
  const { busy, step, compute } = useCompute();

  useEffect(() => void call('sites.list', {}).then((r) => r.ok && setSites(r.value)), []);
  useEffect(clearOpenCascadeRequest, []);
  useEffect(() => {
    if (selected === null && board?.rows.length) setSelected(board.rows[0].authorId);
  }, [board, selected]);

  const runs = board?.runs ?? [];
  const nodeCount = (id: number): number => runs.find((r) => r.siteId === id)?.nodeCount ?? 1;
  const latest = runs.reduce((t, r) => Math.max(t, r.computedAt), 0);
  const noMetrics = board !== null && board.runs.length === 0;
  const graph = { pageRankScale: nodeCount };

  return (
    <section className="view graph-view" data-testid="graph-view">
      <div className="toolbar">
        <h2 className="view-title">Reach</h2>
        <GraphModes mode={mode} onMode={(m) => (setMode(m), setClicked(null))} />
        <select aria-label="Site" data-testid="graph-site" value={siteId ?? ''} onChange={(e) => setSiteId(e.target.value ? Number(e.target.value) : undefined)}>
          <option value="">All sites</option>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>{s.name}</option>
          ))}
        </select>
        {mode === 'ego' && <EgoFilters query={query} onQuery={setQuery} stance={stance} onStance={setStance} postersOnly={postersOnly} onPostersOnly={setPostersOnly} />}
        <span className="spacer" />
        <span className="muted" data-testid="graph-runs">
          {step ?? (latest ? `${runs.map((r) => `${r.site}: ${formatCount(r.nodeCount)} accounts, ${formatCount(r.edgeCount)} follows`).join(' · ')} · computed ${formatAge(latest)}` : '')}
        </span>
        <button type="button" data-testid="reach-import-open" onClick={() => setImporting((v) => !v)}>Import edges…</button>
        <button type="button" className="primary" data-testid="reach-compute" disabled={busy} onClick={() => void compute(siteId)}>
          {busy ? 'Computing…' : 'Compute reach'}
        </button>
      </div>
      {importing && <ImportEdgesForm onDone={() => void reload()} onClose={() => setImporting(false)} />}
      {error && <div className="error-banner" role="alert">{error}</div>}
      {noMetrics && mode === 'ego' ? (
        <EmptyState title="No reach metrics yet" testId="graph-empty">
          <p>Import a follower graph, then compute: <code>npm run --silent cli -- reach --db FILE --edges follows.txt</code> (SNAP, CSV, GEXF or brand JSON), or press Compute reach once edges are stored (the demo data has some). Thread cascades work without them.</p>
        </EmptyState>
      ) : (
        <div className="graph-body">
          <div className={`graph-side mode-${mode}`}>
            {clicked && (
              <AuthorPanel
                key={clicked.authorId}
                node={clicked}
                onClose={() => setClicked(null)}
                onEgo={(id) => (setSelected(id), setMode('ego'), setClicked(null))}
                onCascade={(postId) => (setCascadePost(postId), setMode('cascade'), setClicked(null))}
              />
            )}
            {!clicked && mode === 'ego' && (
              <>
                <WeightsEditor weights={weights} onChange={setWeights} />
                {board && <Leaderboard rows={board.rows} pageRankScale={nodeCount} selected={selected} showSite={runs.length > 1} onSelect={setSelected} />}
                {board && board.total > board.rows.length && (
                  <button type="button" className="more" onClick={() => setLimit((l) => Math.min(1000, l + PAGE))}>
                    Show more ({formatCount(board.total - board.rows.length)} left)
                  </button>
                )}
              </>
            )}
            {!clicked && mode === 'cascade' && <ThreadList siteId={siteId} selected={cascadePost} onPick={setCascadePost} />}
            {!clicked && mode === 'community' && <CommunityFilters value={filter} onChange={setFilter} />}
          </div>
          <div className="graph-main">
            {mode === 'ego' && <EgoPanel authorId={selected} onNodeClick={setClicked} {...graph} />}
            {mode === 'cascade' && <CascadePanel postId={cascadePost} onNodeClick={setClicked} {...graph} />}
            {mode === 'community' && <CommunityPanel siteId={siteId} filter={filter} onAuthorClick={setClicked} {...graph} />}
          </div>
        </div>
      )}
    </section>
  );
}

/** Leaderboard filters of the ego mode. */
function EgoFilters(p: { query: string; onQuery(q: string): void; stance: Stance | ''; onStance(s: Stance | ''): void; postersOnly: boolean; onPostersOnly(v: boolean): void }) {
  return (
    <>
      <input type="search" className="search" placeholder="Find a handle…" aria-label="Find a handle" value={p.query} onChange={(e) => p.onQuery(e.target.value)} />
      <select aria-label="Stance" data-testid="graph-stance" value={p.stance} title="From the sentiment of each author's scored posts (at least 2, 60% one way)" onChange={(e) => p.onStance(e.target.value as Stance | '')}>
        <option value="">Everyone</option>
        <option value="advocate">Advocates</option>
        <option value="detractor">Detractors</option>
        <option value="mixed">Mixed</option>
      </select>
      <label className="check">
        <input type="checkbox" checked={p.postersOnly} onChange={(e) => p.onPostersOnly(e.target.checked)} /> only authors with posts
      </label>
    </>
  );
}
