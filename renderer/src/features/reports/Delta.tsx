import type { Change } from '../../../../shared/domain/report';
import { changeLook, deltaText, type DeltaKind, type Polarity } from './reportFormat';

/**
 * A change against the previous period: an arrow, the signed delta and words for screen readers,
 * coloured by whether the move is good (colour is never the only cue).
 */
export function Delta(props: { change: Change; kind: DeltaKind; polarity: Polarity; previousLabel?: string; testId?: string }) {
  const { text, shown, digits } = deltaText(props.change, props.kind);
  const look = changeLook(shown, props.polarity, digits);
  const title = props.previousLabel ? `${look.words} against ${props.previousLabel}` : look.words;
  return (
    <span className={`delta ${look.tone}`} title={title} data-testid={props.testId}>
      <span aria-hidden="true">{look.arrow}</span> {text}
      <span className="sr-only"> ({title})</span>
    </span>
  );
}
