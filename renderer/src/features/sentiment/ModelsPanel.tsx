import { useState } from 'react';
import type { SentimentModelInfo } from '../../../../shared/domain/sentiment';
import { formatTime } from '../../format';
import { CvReport } from './CvReport';
import { useModels, type RetrainInput } from './useModels';

function ModelRow(props: { model: SentimentModelInfo; activeId: number | undefined; onActivate: () => void; disabled: boolean }) {
  const m = props.model;
  const older = props.activeId !== undefined && m.id < props.activeId;
  return (
    <tr className={m.active ? 'active' : undefined} data-testid="sentiment-model">
      <td>
        <div>{m.name}</div>
        <div className="muted">{m.kind === 'builtin' ? 'shipped rules and lexicon' : `trained ${formatTime(m.createdAt)}`}</div>
      </td>
      <td className="num">{m.cvMacroF1 === null ? '—' : m.cvMacroF1.toFixed(3)}</td>
      <td className="num">{m.examples ?? '—'}</td>
      <td className="actions">
        {m.active ? (
          <span className="chip on" data-testid="model-active">active</span>
        ) : (
          <button type="button" data-testid="model-activate" disabled={props.disabled} onClick={props.onActivate}>
            {older ? 'Roll back to this' : 'Switch on'}
          </button>
        )}
      </td>
    </tr>
  );
}

function RetrainForm(props: { disabled: boolean; onRetrain: (input: RetrainInput) => void }) {
  const [file, setFile] = useState('');
  const [textColumn, setTextColumn] = useState('text');
  const [labelColumn, setLabelColumn] = useState('label');
  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    props.onRetrain(file.trim() ? { file: file.trim(), textColumn, labelColumn } : {});
  };
  return (
    <form className="retrain-form" onSubmit={submit}>
      <label>
        Labelled CSV on this machine (optional)
        <input data-testid="retrain-file" value={file} placeholder="/path/to/labels.csv" onChange={(e) => setFile(e.target.value)} />
      </label>
      <div className="row">
        <label>Text column <input value={textColumn} onChange={(e) => setTextColumn(e.target.value)} /></label>
        <label>Label column <input value={labelColumn} onChange={(e) => setLabelColumn(e.target.value)} /></label>
      </div>
      <button type="submit" className="primary" data-testid="retrain" disabled={props.disabled}>Retrain on corrections{file.trim() ? ' + file' : ''}</button>
    </form>
  );
}

/** Model management: stored models with their CV figures, retrain, switch on and roll back. */
export function ModelsPanel() {
  const m = useModels();
  const [trained, setTrained] = useState<SentimentModelInfo | null>(null);
  const active = m.models.find((x) => x.active);
  const r = m.rescore;
  return (
    <div className="models-panel" data-testid="sentiment-models">
      <table className="grid compact">
        <thead>
          <tr><th>Model</th><th className="num">CV macro-F1</th><th className="num">Examples</th><th /></tr>
        </thead>
        <tbody>
          {m.models.map((x) => (
            <ModelRow key={x.id} model={x} activeId={active?.id} disabled={!!m.busy} onActivate={() => void m.activate(x.id)} />
          ))}
        </tbody>
      </table>
      {r && (
        <p className="muted" role="status" data-testid="rescore-progress">
          {r.finished ? `Rescored ${r.done} posts with model ${r.modelId}.` : `Rescoring posts: ${r.done} of ${r.total}…`}
          {!r.finished && <progress max={Math.max(1, r.total)} value={r.done} />}
        </p>
      )}
      <h4>Retrain</h4>
      <p className="muted">Learns from every correction (plus a labelled file if given) and reports its cross-validated quality. It is switched on only when you choose.</p>
      <RetrainForm disabled={!!m.busy} onRetrain={(input) => void m.retrain(input).then(setTrained)} />
      {m.busy && <p className="muted" role="status">{m.busy}</p>}
      {m.error && <p className="error-text" role="alert" data-testid="models-error">{m.error}</p>}
      {trained?.cv && (
        <div className="trained" data-testid="trained-model">
          <h4>{trained.name}</h4>
          <CvReport cv={trained.cv} />
          {active && active.cvMacroF1 !== null && <p className="muted">Active model: macro-F1 {active.cvMacroF1.toFixed(3)}.</p>}
        </div>
      )}
    </div>
  );
}
