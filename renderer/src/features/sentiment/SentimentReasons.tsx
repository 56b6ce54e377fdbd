import { useState } from 'react';
import type { Reason } from '../../../../shared/sentiment/types';
import { formatTime } from '../../format';
import { ModelsDialog } from './ModelsDialog';
import { signed } from './sentimentKeys';
import { useExplanation } from './useExplanation';

function ReasonRow(props: { reason: Reason; max: number }) {
  const r = props.reason;
  const width = props.max > 0 ? Math.max(4, Math.round((60 * Math.abs(r.weight)) / props.max)) : 0;
  const side = r.weight < 0 ? 'neg' : r.weight > 0 ? 'pos' : 'note';
  return (
    <li className={`reason ${side}`} data-testid="sentiment-reason">
      <span className="reason-kind">{r.kind}</span>
      <span className="reason-text">{r.text}</span>
      {r.weight !== 0 && <span className="reason-bar" style={{ width }} />}
      <span className="reason-weight">{r.weight === 0 ? '' : signed(r.weight)}</span>
      {r.note && <span className="reason-note muted">{r.note}</span>}
    </li>
  );
}

/** Why a post got its label: the model, its figures and the evidence, plus the corrections made. */
export function SentimentReasons(props: { postId: number; version: number }) {
  const { explanation: x, error } = useExplanation(props.postId, props.version);
  const [models, setModels] = useState(false);
  if (error) return <div className="sentiment-reasons error" role="alert">{error}</div>;
  if (!x) return <div className="sentiment-reasons muted">Loading reasons…</div>;
  const max = Math.max(0, ...x.reasons.map((r) => Math.abs(r.weight)));
  return (
    <div className="sentiment-reasons" data-testid="sentiment-reasons" onClick={(e) => e.stopPropagation()}>
      <div className="reasons-head">
        <span>
          <b>{x.label}</b> score {signed(x.score)} · confidence {Math.round(x.confidence * 100)}% · language {x.language}
        </span>
        <span className="muted">
          {x.model.name} ({x.model.kind}) · scored {formatTime(x.scoredAt)}
        </span>
        <button type="button" className="link" data-testid="sentiment-models-open" onClick={() => setModels(true)}>Models…</button>
      </div>
      {x.reasons.length ? (
        <ul className="reasons">{x.reasons.map((r, i) => <ReasonRow key={i} reason={r} max={max} />)}</ul>
      ) : (
        <p className="muted">No evidence either way.</p>
      )}
      {x.corrections.length > 0 && (
        <p className="corrections" data-testid="sentiment-corrections">
          Corrected to <b>{x.corrections[0].label}</b> by {x.corrections[0].by} on {formatTime(x.corrections[0].at)}
          {x.corrections.length > 1 && <span className="muted"> ({x.corrections.length} corrections)</span>}
        </p>
      )}
      <p className="muted key-hint">Correct the label: <kbd>n</kbd> negative · <kbd>u</kbd> neutral · <kbd>p</kbd> positive</p>
      {models && <ModelsDialog onClose={() => setModels(false)} />}
    </div>
  );
}
