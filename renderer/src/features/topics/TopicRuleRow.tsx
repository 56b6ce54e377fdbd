import type { TopicDraft } from './topicDraft';
import { topicIdOf } from './topicDraft';

/** One editable topic rule: id, label, keywords and exclusions (one per line), remove. */
export function TopicRuleRow(props: { draft: TopicDraft; index: number; invalid: boolean; onChange(d: TopicDraft): void; onRemove(): void }) {
  const { draft: d, onChange } = props;
  const set = (patch: Partial<TopicDraft>): void => onChange({ ...d, ...patch });
  const name = d.label || d.topic || `rule ${props.index + 1}`;
  return (
    <tr className={props.invalid ? 'invalid' : ''} data-testid="topic-rule">
      <td>
        <input aria-label={`Label of ${name}`} data-testid="topic-label" value={d.label} placeholder="Label" onChange={(e) => set({ label: e.target.value })} onBlur={() => !d.topic && d.label && set({ topic: topicIdOf(d.label) })} />
        <input aria-label={`Id of ${name}`} data-testid="topic-id" className="topic-id" value={d.topic} placeholder="id, e.g. lost-property" onChange={(e) => set({ topic: e.target.value })} />
      </td>
      <td>
        <textarea aria-label={`Keywords of ${name}`} data-testid="topic-keywords" rows={3} value={d.keywords} onChange={(e) => set({ keywords: e.target.value })} />
      </td>
      <td>
        <textarea aria-label={`Exclusions of ${name}`} data-testid="topic-exclude" rows={3} value={d.exclude} onChange={(e) => set({ exclude: e.target.value })} />
      </td>
      <td className="actions">
        <button type="button" data-testid="topic-remove" aria-label={`Remove ${name}`} onClick={props.onRemove}>Remove</button>
      </td>
    </tr>
  );
}
