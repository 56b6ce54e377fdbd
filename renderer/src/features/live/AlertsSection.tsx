import { useEffect, useState } from 'react';
import type { Alert } from '../../../../shared/domain/live';
import { AlertRulesEditor } from './AlertRulesEditor';
import { AlertsPanel } from './AlertsPanel';
import { Panel } from './Panel';

/** The open alerts panel of the live view, with the thresholds dialog behind its Thresholds button. */
export function AlertsSection(props: { alerts: Alert[]; now: number }) {
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) return;
    const onKey = (e: KeyboardEvent): void => void (e.key === 'Escape' && setEditing(false));
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editing]);
  const open = (
    <button type="button" className="panel-action" data-testid="alert-rules-open" aria-haspopup="dialog" onClick={() => setEditing(true)}>
      Thresholds
    </button>
  );
  return (
    <>
      <Panel title="Open alerts" note={`${props.alerts.length}`} empty={props.alerts.length ? null : 'No open alerts.'} actions={open} testId="panel-alerts">
        <AlertsPanel alerts={props.alerts} now={props.now} />
      </Panel>
      {editing && (
        <div className="alert-rules-backdrop" onClick={(e) => e.target === e.currentTarget && setEditing(false)}>
          <div className="alert-rules-dialog" role="dialog" aria-modal="true" aria-labelledby="alert-rules-title" data-testid="alert-rules-dialog">
            <h3 id="alert-rules-title">Alert thresholds</h3>
            <p className="muted">Every alert states the numbers it saw and the threshold it passed.</p>
            <AlertRulesEditor onClose={() => setEditing(false)} />
          </div>
        </div>
      )}
    </>
  );
}
