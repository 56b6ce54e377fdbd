import type { SiteFigures, Source } from '../../../../shared/domain/source';
import { formatCount, formatTime } from '../../format';
import { formatDuration, formatShare } from './sourceFormat';

const POLICY_LABEL: Record<Source['policy'], string> = { respond: 'respond', 'monitor-only': 'monitor only', 'never-respond': 'never respond' };

function Stars(props: { rating: number | null }) {
  if (props.rating === null) return <span className="muted">unrated</span>;
  return <span aria-label={`rated ${props.rating} of 5`}>{'★'.repeat(props.rating)}<span className="muted">{'★'.repeat(5 - props.rating)}</span></span>;
}

function SourceRow(props: { source: Source; figures?: SiteFigures; onEdit(): void; onToggle(): void }) {
  const { source: s, figures: f } = props;
  return (
    <tr data-testid="source-row" className={s.enabled ? '' : 'disabled'}>
      <td>
        <div className="source-name" data-testid="source-name">{s.name}</div>
        <div className="source-tags">
          <span className="chip">{s.kind}</span>
          <span className={`chip policy-${s.policy}`}>{POLICY_LABEL[s.policy]}</span>
          {!s.enabled && <span className="chip off" data-testid="source-disabled">disabled</span>}
        </div>
        {s.notes && <div className="source-notes muted" title={s.notes}>{s.notes}</div>}
      </td>
      <td><Stars rating={s.rating} /></td>
      <td className="num" data-testid="figure-posts">{formatCount(f?.posts ?? 0)}</td>
      <td className="num" data-testid="figure-hidden">{formatCount(f?.hiddenPosts ?? 0)}</td>
      <td className="num" data-testid="figure-answered" title={f ? `${f.answeredThreads} of ${f.customerThreads} customer conversations` : undefined}>
        {formatShare(f?.shareAnswered ?? null)}
      </td>
      <td className="num" data-testid="figure-median">{formatDuration(f?.medianFirstReplyMs ?? null)}</td>
      <td className="num" data-testid="figure-negative" title={f ? `${f.scoredPosts} scored posts` : undefined}>{formatShare(f?.shareNegative ?? null)}</td>
      <td data-testid="figure-last">{f?.lastPostAt ? formatTime(f.lastPostAt) : <span className="muted">never</span>}</td>
      <td className="actions">
        <button type="button" data-testid="source-edit" onClick={props.onEdit}>Edit</button>
        <button type="button" data-testid="source-toggle" onClick={props.onToggle}>{s.enabled ? 'Disable' : 'Enable'}</button>
      </td>
    </tr>
  );
}

/** The registry of sites with their per-site figures. */
export function SourcesTable(props: { sources: Source[]; figures: Map<number, SiteFigures>; onEdit(s: Source): void; onToggle(s: Source): void }) {
  return (
    <table className="grid" data-testid="sources-table">
      <thead>
        <tr>
          <th>Site</th>
          <th>Rating</th>
          <th className="num">Posts</th>
          <th className="num" title="Posts matching no relevance filter">Hidden</th>
          <th className="num" title="Customer conversations a company account replied to">Answered</th>
          <th className="num" title="Median time to the first company reply">First reply</th>
          <th className="num">Negative</th>
          <th>Last post</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {props.sources.map((s) => (
          <SourceRow key={s.id} source={s} figures={props.figures.get(s.id)} onEdit={() => props.onEdit(s)} onToggle={() => props.onToggle(s)} />
        ))}
      </tbody>
    </table>
  );
}
