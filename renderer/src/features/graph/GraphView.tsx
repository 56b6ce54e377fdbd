import { useEffect, useState } from 'react';
import type { Stance } from '../../../../shared/domain/reach';
import type { Site } from '../../../../shared/domain/site';
import { DEFAULT_REACH_WEIGHTS, type ReachWeights } from '../../../../shared/reach/reachScore';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { formatAge, formatCount } from '../../format';
import { EgoPanel } from './EgoPanel';
import { ImportEdgesForm } from './ImportEdgesForm';
import { Leaderboard } from './Leaderboard';
import { useCompute, useLeaderboard } from './useReachData';
import { WeightsEditor } from './WeightsEditor';
import './graph.css';

const PAGE = 50;

/** The Graph view: the influencer leaderboard (reach score with editable weights) and the ego network of the chosen author. */
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
  const { board, error, reload } = useLeaderboard({ siteId, query: query || undefined, postersOnly, stance: stance || undefined, weights, limit });
  const { busy, step, compute } = useCompute();

  useEffect(() => void call('sites.list', {}).then((r) => r.ok && setSites(r.value)), []);
  useEffect(() => {
    if (selected === null && board?.rows.length) setSelected(board.rows[0].authorId);
  }, [board, selected]);

  const runs = board?.runs ?? [];
  const nodeCount = (id: number): number => runs.find((r) => r.siteId === id)?.nodeCount ?? 1;
  const latest = runs.reduce((t, r) => Math.max(t, r.computedAt), 0);
  const noMetrics = board !== null && board.runs.length === 0;

  return (
    <section className="view graph-view" data-testid="graph-view">
      <div className="toolbar">
        <h2 className="view-title">Reach</h2>
        <select aria-label="Site" data-testid="graph-site" value={siteId ?? ''} onChange={(e) => setSiteId(e.target.value ? Number(e.target.value) : undefined)}>
          <option value="">All sites</option>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>{s.name}</option>
          ))}
        </select>
        <input type="search" className="search" placeholder="Find a handle…" aria-label="Find a handle" value={query} onChange={(e) => setQuery(e.target.value)} />
        <select aria-label="Stance" data-testid="graph-stance" value={stance} title="From the sentiment of each author's scored posts (at least 2, 60% one way)" onChange={(e) => setStance(e.target.value as Stance | '')}>
          <option value="">Everyone</option>
          <option value="advocate">Advocates</option>
          <option value="detractor">Detractors</option>
          <option value="mixed">Mixed</option>
        </select>
        <label className="check">
          <input type="checkbox" checked={postersOnly} onChange={(e) => setPostersOnly(e.target.checked)} /> only authors with posts
        </label>
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
      {noMetrics ? (
        <EmptyState title="No reach metrics yet" testId="graph-empty">
          <p>Import a follower graph, then compute: <code>npm run --silent cli -- reach --db FILE --edges follows.txt</code> (SNAP, CSV, GEXF or brand JSON), or press Compute reach once edges are stored (the demo data has some).</p>
        </EmptyState>
      ) : (
        <div className="graph-body">
          <div className="graph-side">
            <WeightsEditor weights={weights} onChange={setWeights} />
            {board && <Leaderboard rows={board.rows} pageRankScale={nodeCount} selected={selected} showSite={runs.length > 1} onSelect={setSelected} />}
            {board && board.total > board.rows.length && (
              <button type="button" className="more" onClick={() => setLimit((l) => Math.min(1000, l + PAGE))}>
                Show more ({formatCount(board.total - board.rows.length)} left)
              </button>
            )}
          </div>
          <div className="graph-main">
            <EgoPanel authorId={selected} pageRankScale={nodeCount} onSelect={setSelected} />
          </div>
        </div>
      )}
    </section>
  );
}
