import { DEFAULT_REACH_WEIGHTS, type ReachWeights } from '../../../../shared/reach/reachScore';
import { TERMS } from './terms';

/** The reach score's formula with an editable weight per term. */
export function WeightsEditor(props: { weights: ReachWeights; onChange(w: ReachWeights): void }) {
  const { weights } = props;
  const isDefault = TERMS.every((t) => weights[t.name] === DEFAULT_REACH_WEIGHTS[t.name]);
  return (
    <fieldset className="weights" data-testid="reach-weights">
      <legend>
        Reach score = Σ weight × log<sub>10</sub>(1 + term) <span className="muted">· follower count is shown, never scored</span>
      </legend>
      {TERMS.map((t) => (
        <label key={t.name} className="weight" title={t.help}>
          <span className="swatch" style={{ background: t.colour }} aria-hidden="true" />
          {t.label}
          <input
            type="number"
            min={0}
            max={100}
            step={0.1}
            value={weights[t.name]}
            data-testid={`weight-${t.name}`}
            onChange={(e) => {
              const v = Number(e.target.value);
              if (Number.isFinite(v) && v >= 0 && v <= 100) props.onChange({ ...weights, [t.name]: v });
            }}
          />
        </label>
      ))}
      <button type="button" disabled={isDefault} onClick={() => props.onChange({ ...DEFAULT_REACH_WEIGHTS })}>
        Reset
      </button>
    </fieldset>
  );
}
