import { useState } from 'react';
import type { Site } from '../../../../shared/domain/site';
import type { TopicModelChoice, TopicModelInfo } from '../../../../shared/domain/topics';
import { formatTime } from '../../format';
import { TopicModelTrainForm } from './TopicModelTrainForm';
import { useTopicModels } from './useTopicModels';

const pct = (x: number): string => x.toFixed(2);

/** A model's cross-validated figures: macro-F1, the folds, and F1 per topic. */
function ModelFigures(props: { model: TopicModelInfo; sites: Site[] }) {
  const m = props.model;
  const where = m.usedBy.map((id) => (id === null ? 'default' : (props.sites.find((s) => s.id === id)?.name ?? `site ${id}`)));
  return (
    <div className="topic-model" data-testid="topic-model">
      <div>
        <strong>{m.name}</strong> <span className="muted">#{m.id} · {m.sourceFile} · {m.examples} examples · {formatTime(m.createdAt)}</span>
        {where.length > 0 && <span className="topic-model-used"> in use: {where.join(', ')}</span>}
      </div>
      <div>
        {m.folds}-fold cross-validated macro-F1 <b data-testid="topic-model-f1">{pct(m.macroF1)}</b>
        <span className="muted"> (accuracy {pct(m.accuracy)}; per fold {m.foldMacroF1.map(pct).join(' ')})</span>
      </div>
      <ul className="topic-model-topics" data-testid="topic-model-topics">
        {m.topics.map((t) => (
          <li key={t.topic}>{t.label} <b>{pct(t.f1)}</b> <span className="muted">({t.examples})</span></li>
        ))}
      </ul>
    </div>
  );
}

function choiceText(c: TopicModelChoice | undefined, models: TopicModelInfo[], siteId: number | null): string {
  if (!c) return 'Follows the default.';
  if (c.modelId === null) return siteId === null ? 'Rules only.' : 'Rules only (even if the default uses a model).';
  const name = models.find((m) => m.id === c.modelId)?.name ?? `model #${c.modelId}`;
  return `Rules + ${name} (topics the model is at least ${Math.round(c.minConfidence * 100)}% sure of).`;
}

/** Learned model: train on a labelled file, see its figures, switch it on for a site or the default, roll back. */
export function TopicModelsPanel(props: { sites: Site[] }) {
  const hook = useTopicModels();
  const { state } = hook;
  const [siteId, setSiteId] = useState<number | null>(null);
  const [modelId, setModelId] = useState<number | null>(null);
  const [minConfidence, setMinConfidence] = useState(0.5);
  const models = state?.models ?? [];
  const choice = state?.choices.find((c) => c.siteId === siteId);
  const chosen = modelId ?? hook.trained?.id ?? models[0]?.id ?? null;
  return (
    <div className="topic-models" data-testid="topic-models">
      <p className="field-hint muted">Learn topics from a file whose rows carry a reason label (e.g. an export's contact reason). The model is measured by 5-fold cross-validation before you switch it on; switched on, a post gets the model's topic besides its rules' topics when the model is sure enough.</p>
      <TopicModelTrainForm busy={hook.busy} onTrain={(req) => void hook.train(req)} />
      {hook.error && <div className="error-banner" role="alert" data-testid="topic-models-error">{hook.error}</div>}
      {models.map((m) => <ModelFigures key={m.id} model={m} sites={props.sites} />)}
      <div className="topic-actions" data-testid="topic-model-choice">
        <select aria-label="Where" data-testid="topic-model-site" value={siteId ?? ''} onChange={(e) => setSiteId(e.target.value ? Number(e.target.value) : null)}>
          <option value="">Default (all sites)</option>
          {props.sites.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
        <span className="muted" data-testid="topic-model-current">{choiceText(choice, models, siteId)}</span>
        <span className="spacer" />
        <select aria-label="Model" data-testid="topic-model-pick" value={chosen ?? ''} onChange={(e) => setModelId(Number(e.target.value))} disabled={models.length === 0}>
          {models.map((m) => <option key={m.id} value={m.id}>#{m.id} {m.name} (F1 {pct(m.macroF1)})</option>)}
        </select>
        <label>
          min. confidence <input type="number" min={0.05} max={0.99} step={0.05} data-testid="topic-model-min" value={minConfidence} onChange={(e) => setMinConfidence(Number(e.target.value))} />
        </label>
        <button type="button" className="primary" data-testid="topic-model-activate" disabled={hook.busy || chosen === null} onClick={() => chosen !== null && void hook.activate(chosen, siteId, minConfidence)}>Switch on</button>
        <button type="button" data-testid="topic-model-deactivate" disabled={hook.busy} onClick={() => void hook.deactivate(siteId)}>Rules only</button>
        <button type="button" data-testid="topic-model-rollback" disabled={hook.busy || !choice?.canRollBack} onClick={() => void hook.rollback(siteId)}>Roll back</button>
      </div>
    </div>
  );
}
