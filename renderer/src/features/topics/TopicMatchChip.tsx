import type { TopicMatch } from '../../../../shared/sentiment/topics';

/** One topic of a text: its label, the words that matched, and why a learned model gave it. Text only. */
export function TopicMatchChip(props: { match: TopicMatch }) {
  const m = props.match;
  return (
    <span className={`topic-match${m.model ? ' from-model' : ''}`} data-testid="topic-match">
      <strong>{m.label}</strong> {m.matched.length > 0 && <span className="muted">{m.matched.join(', ')}</span>}
      {m.why && <span className="topic-why" data-testid="topic-why">{m.matched.length > 0 ? ' · ' : ''}{m.why}</span>}
    </span>
  );
}
