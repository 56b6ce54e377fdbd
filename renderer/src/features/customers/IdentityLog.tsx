import { useState } from 'react';
import type { IdentityLogEntry } from '../../../../shared/domain/contact';
import { call } from '../../api/client';
import { formatTime } from '../../format';
import { readAgentName } from '../cases/useCaseBoard';

const WORDS: Record<IdentityLogEntry['action'], string> = {
  proposed: 'proposed the link',
  confirmed: 'confirmed the link',
  rejected: 'rejected the link',
  unlinked: 'unlinked',
  undone: 'undid a change',
};

/** Who linked or unlinked whom, when and why; the newest change of a link can be undone. */
export function IdentityLog(props: { entries: IdentityLogEntry[]; authorOf: (linkId: number) => string; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const undo = async (logId: number): Promise<void> => {
    const r = await call('customers.undoLinkChange', { logId, by: readAgentName() });
    setError(r.ok ? null : r.error.message);
    if (r.ok) props.onChanged();
  };
  if (props.entries.length === 0) return <p className="muted">No identity changes yet.</p>;
  return (
    <>
      {error && <div className="error-text" role="alert">{error}</div>}
      <ol className="identity-log" data-testid="identity-log">
        {props.entries.map((e) => (
          <li key={e.id} data-testid="identity-log-entry" data-action={e.action}>
            <span className="muted">{formatTime(e.at)}</span> <b>{e.actor}</b> {WORDS[e.action]} {props.authorOf(e.linkId)}
            {e.fromStatus && <span className="muted"> ({e.fromStatus} → {e.toStatus})</span>}
            {e.reason && <span className="log-reason"> — “{e.reason}”</span>}
            {e.undoable && (
              <button type="button" className="link-button" data-testid="identity-undo" onClick={() => void undo(e.id)}>Undo</button>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
