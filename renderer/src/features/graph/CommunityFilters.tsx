import type { CommunityRequest } from '../../../../shared/domain/reach';

/** The filters of the community view (the site comes from the toolbar). */
export type CommunityFilter = Pick<CommunityRequest, 'stance' | 'recentSentiment' | 'recentDays' | 'minScore' | 'maxNodes' | 'groupBy'>;

/** Filters of the community graph: stance, sentiment of recent posts, least reach score, node cap. */
export function CommunityFilters(props: { value: CommunityFilter; onChange(f: CommunityFilter): void }) {
  const f = props.value;
  const set = (patch: Partial<CommunityFilter>): void => props.onChange({ ...f, ...patch });
  return (
    <fieldset className="community-filters" data-testid="community-filters">
      <legend>Which accounts</legend>
      <label>
        Stance
        <select value={f.stance ?? ''} data-testid="community-stance" onChange={(e) => set({ stance: (e.target.value || undefined) as CommunityFilter['stance'] })}>
          <option value="">everyone</option>
          <option value="advocate">advocates</option>
          <option value="detractor">detractors</option>
          <option value="mixed">mixed</option>
        </select>
      </label>
      <label>
        Recent posts mostly
        <select value={f.recentSentiment ?? ''} data-testid="community-sentiment" onChange={(e) => set({ recentSentiment: (e.target.value || undefined) as CommunityFilter['recentSentiment'] })}>
          <option value="">any sentiment</option>
          <option value="negative">negative</option>
          <option value="neutral">neutral</option>
          <option value="positive">positive</option>
        </select>
      </label>
      <label>
        in the last
        <select value={f.recentDays ?? 30} onChange={(e) => set({ recentDays: Number(e.target.value) })} disabled={!f.recentSentiment}>
          {[7, 30, 90, 365].map((d) => (
            <option key={d} value={d}>{d} days</option>
          ))}
        </select>
      </label>
      <label>
        Reach score at least
        <input type="number" min={0} step={0.5} className="num-input" data-testid="community-min-score" value={f.minScore ?? 0} onChange={(e) => set({ minScore: Number(e.target.value) > 0 ? Number(e.target.value) : undefined })} />
      </label>
      <label>
        Draw accounts up to
        <select value={f.maxNodes ?? 300} data-testid="community-max-nodes" onChange={(e) => set({ maxNodes: Number(e.target.value) })}>
          {[50, 100, 300, 1000, 2000].map((n) => (
            <option key={n} value={n}>{n.toLocaleString('en-US')}</option>
          ))}
        </select>
      </label>
      <label>
        then group by
        <select value={f.groupBy ?? 'community'} data-testid="community-group-by" onChange={(e) => set({ groupBy: e.target.value as CommunityFilter['groupBy'] })}>
          <option value="community">community</option>
          <option value="core">k-core shell</option>
        </select>
      </label>
      <p className="muted">Above that many accounts, groups are drawn instead: communities (label propagation on the follows among the accounts shown) or the k-core shells computed with the metrics. Click a group to see its members.</p>
    </fieldset>
  );
}
