import type { PostSentiment } from '../../../../shared/domain/sentiment';
import { useCorrectedLabel } from './correctionStore';
import { useFreshSentiment } from './rescoreStore';
import { signed } from './sentimentKeys';
import './sentiment.css';

/** A post's sentiment as a coloured chip; a supervisor's label wins and is marked "corrected". */
export function SentimentChip(props: { postId: number; sentiment: PostSentiment | null | undefined }) {
  const session = useCorrectedLabel(props.postId);
  const s = useFreshSentiment(props.postId, props.sentiment);
  const corrected = session ?? s?.correctedLabel ?? null;
  if (!s && !corrected) return <span className="sentiment-chip pending" data-testid="post-sentiment">scoring…</span>;
  const label = corrected ?? s?.label ?? 'neutral';
  const title = s
    ? `Model: ${s.label} (score ${signed(s.score)}, confidence ${Math.round(s.confidence * 100)}%)${corrected ? `; corrected to ${corrected} by a supervisor` : ''}`
    : `Corrected to ${label}`;
  return (
    <span className={`sentiment-chip ${label}`} data-testid="post-sentiment" data-label={label} data-corrected={corrected ? 'true' : 'false'} title={title}>
      {label}
      {corrected && <span className="corrected-mark" data-testid="post-corrected">corrected</span>}
    </span>
  );
}
