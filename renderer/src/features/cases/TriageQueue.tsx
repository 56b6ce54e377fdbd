import { useEffect, useMemo, useState } from 'react';
import { rankTriage, TRIAGE_TERM_LABELS, TRIAGE_TERMS, type TriageQueue as Queue, type TriageWeights } from '../../../../shared/domain/triage';
import { call } from '../../api/client';
import { formatTime } from '../../format';
import { CreateCaseButton } from './CreateCaseButton';

const SHORT: Record<(typeof TRIAGE_TERMS)[number], string> = { negativity: 'neg', reach: 'reach', persistence: 'persist', sitePolicy: 'policy', waiting: 'wait', customerValue: 'cust' };

/** The weights of the priority, editable; the queue re-sorts as they change and "Save" keeps them. */
function WeightsEditor(props: { weights: TriageWeights; onChange: (w: TriageWeights) => void; onSave: () => void; dirty: boolean }) {
  return (
    <div className="triage-weights" data-testid="triage-weights">
      {TRIAGE_TERMS.map((t) => (
        <label key={t} title={TRIAGE_TERM_LABELS[t]}>
          <span className={`term-dot ${t}`} /> {SHORT[t]}
          <input type="number" min={0} max={100} step={0.5} aria-label={`Weight of ${TRIAGE_TERM_LABELS[t]}`} data-testid={`weight-${t}`} value={props.weights[t]}
            onChange={(e) => props.onChange({ ...props.weights, [t]: Math.max(0, Number(e.target.value) || 0) })} />
        </label>
      ))}
      <button type="button" disabled={!props.dirty} onClick={props.onSave} data-testid="save-weights">Save weights</button>
    </div>
  );
}

/** New inbound posts ordered by a priority whose terms are shown per post and whose weights the supervisor edits. */
export function TriageQueue(props: { siteId?: number }) {
  const [queue, setQueue] = useState<Queue | null>(null);
  const [weights, setWeights] = useState<TriageWeights | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('cases.triage', { siteId: props.siteId, limit: 300 }).then((r) => (r.ok ? (setQueue(r.value), setWeights(r.value.weights)) : setError(r.error.message)));
  }, [props.siteId]);
  const ranked = useMemo(() => (queue && weights ? rankTriage(queue.items, weights) : []), [queue, weights]);
  if (error) return <div className="error-banner" role="alert">{error}</div>;
  if (!queue || !weights) return <p className="muted pad">Loading…</p>;
  const save = async (): Promise<void> => {
    const r = await call('cases.saveTriageWeights', { weights });
    if (r.ok) setQueue({ ...queue, weights: r.value });
  };
  return (
    <div className="triage" data-testid="triage-queue">
      <div className="triage-head">
        <span className="muted">{queue.total} new inbound posts since {formatTime(queue.since)} without a case or an answer. Priority = weighted mean of:</span>
        <WeightsEditor weights={weights} onChange={setWeights} onSave={() => void save()} dirty={JSON.stringify(weights) !== JSON.stringify(queue.weights)} />
      </div>
      <ol className="triage-list">
        {ranked.map((i) => (
          <li key={i.postId} className="triage-item" data-testid="triage-item">
            <span className="triage-score" title="0–100">{Math.round(i.score)}</span>
            <div className="triage-body">
              <div className="post-meta">
                <span className="site-chip">{i.siteName}</span>
                <span className="author">@{i.author}</span>
                <time className="muted">{formatTime(i.createdAt)}</time>
                <CreateCaseButton postId={i.postId} />
              </div>
              <div className="post-text">{i.text}</div>
              <div className="term-bar" aria-label="Why this priority">
                {TRIAGE_TERMS.map((t) => (i.contributions[t] > 0 ? <span key={t} className={`term-seg ${t}`} style={{ width: `${i.contributions[t]}%` }} title={`${TRIAGE_TERM_LABELS[t]}: ${i.details[t]} (+${i.contributions[t].toFixed(1)})`} /> : null))}
              </div>
              <div className="term-details muted small">{TRIAGE_TERMS.filter((t) => i.terms[t] > 0).map((t) => `${SHORT[t]}: ${i.details[t]}`).join(' · ')}</div>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
