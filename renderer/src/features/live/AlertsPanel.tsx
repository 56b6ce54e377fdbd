import { useState } from 'react';
import type { Alert } from '../../../../shared/domain/live';
import { call } from '../../api/client';
import { formatAge } from '../../format';

/** Open alerts with an Acknowledge button (the workstation only: the wall never acknowledges). */
export function AlertsPanel(props: { alerts: Alert[]; now: number }) {
  const [error, setError] = useState<string | null>(null);
  const acknowledge = async (ids: number[]): Promise<void> => {
    const r = await call('alerts.acknowledge', { ids });
    setError(r.ok ? null : r.error.message);
  };
  return (
    <div className="alerts" data-testid="alerts-panel">
      {error && <div className="error-banner" role="alert">{error}</div>}
      {props.alerts.length > 1 && (
        <button type="button" className="ack-all" onClick={() => void acknowledge(props.alerts.map((a) => a.id))}>Acknowledge all</button>
      )}
      <ul>
        {props.alerts.map((a) => (
          <li key={a.id} className={`alert ${a.severity}`} data-testid="alert-item">
            <div>
              <strong>{a.title}</strong>
              <div className="muted">{a.detail} · {formatAge(a.raisedAt, props.now)}</div>
            </div>
            <button type="button" data-testid="alert-ack" onClick={() => void acknowledge([a.id])}>Acknowledge</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
