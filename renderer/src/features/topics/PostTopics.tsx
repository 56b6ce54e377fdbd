import { useEffect, useState } from 'react';
import type { PostTopics as Topics } from '../../../../shared/domain/topics';
import { call } from '../../api/client';
import { TopicMatchChip } from './TopicMatchChip';

/** A post's topics with its site's rules and learned model, each saying why (matched words, or the model and how sure it is). */
export function PostTopics(props: { postId: number }) {
  const [topics, setTopics] = useState<Topics | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void call('topics.ofPost', { postId: props.postId }).then((r) => live && (r.ok ? setTopics(r.value) : setError(r.error.message)));
    return () => {
      live = false;
    };
  }, [props.postId]);
  if (error) return <div className="error-text" role="alert">{error}</div>;
  if (!topics) return null;
  return (
    <div className="post-topics" data-testid="post-topics" onClick={(e) => e.stopPropagation()}>
      <span className="muted">Topics:</span>
      {topics.matches.length === 0 ? <span className="muted">none</span> : topics.matches.map((m) => <TopicMatchChip key={m.topic} match={m} />)}
    </div>
  );
}
