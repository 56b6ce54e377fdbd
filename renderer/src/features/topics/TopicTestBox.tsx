import { useState } from 'react';
import type { TopicMatch } from '../../../../shared/sentiment/topics';
import type { TopicRule } from '../../../../shared/sentiment/topicRules';
import { call } from '../../api/client';
import { TopicMatchChip } from './TopicMatchChip';

/** A sample text tried against the rules being edited (unsaved), showing each topic and the words that matched. */
export function TopicTestBox(props: { rules: TopicRule[] }) {
  const [text, setText] = useState('');
  const [matches, setMatches] = useState<TopicMatch[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const test = async (): Promise<void> => {
    const r = await call('topics.test', { text, rules: props.rules });
    setMatches(r.ok ? r.value.matches : null);
    setError(r.ok ? null : r.error.message);
  };
  return (
    <div className="topic-test" data-testid="topic-test">
      <textarea aria-label="Sample text" data-testid="topic-test-text" rows={2} placeholder="Paste a post to see which topics it gets…" value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" data-testid="topic-test-run" onClick={() => void test()} disabled={!text.trim()}>Test</button>
      <div className="topic-test-result" data-testid="topic-test-result" aria-live="polite">
        {error && <span className="error-text">{error}</span>}
        {matches && matches.length === 0 && <span className="muted">No topic matches this text.</span>}
        {matches?.map((m) => <TopicMatchChip key={m.topic} match={m} />)}
      </div>
    </div>
  );
}
