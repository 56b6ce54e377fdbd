import { useState } from 'react';
import type { CaseReply } from '../../../../shared/domain/case';
import { formatTime } from '../../format';
import { formatDuration } from './caseFormat';
import { copyText } from './useReplyKit';

/** Replies stored on the case, each with the customer's wait and a copy button (nothing is sent from here). */
export function StoredReplies(props: { replies: CaseReply[] }) {
  const [copied, setCopied] = useState<number | null>(null);
  if (props.replies.length === 0) return null;
  return (
    <ol className="stored-replies" data-testid="stored-replies">
      {props.replies.map((r) => (
        <li key={r.id} data-testid="stored-reply">
          <div className="muted small">
            <b>{r.author}</b> {formatTime(r.createdAt)}
            {r.responseMs !== null && ` · answered after ${formatDuration(r.responseMs)}`}
            {r.overrideReason && ` · override: ${r.overrideReason}`}
            {r.warnings.length > 0 && ` · ${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'}`}
          </div>
          <div className="post-text">{r.text}</div>
          <button type="button" className="link-button" onClick={() => void copyText(r.text).then((ok) => setCopied(ok ? r.id : -r.id))}>
            {copied === r.id ? 'Copied' : copied === -r.id ? 'Copy blocked by the browser: select the text' : 'Copy'}
          </button>
        </li>
      ))}
    </ol>
  );
}
