import type { Alert } from '../../../../shared/domain/live';
import { formatDuration } from '../live/freshness';

const KIND: Record<Alert['kind'], string> = {
  'volume-spike': 'Volume spike',
  'negative-thread': 'Viral negative thread',
  'influential-detractor': 'Influential detractor',
};

/**
 * Full-screen takeover for critical alerts: the newest one, large, until a supervisor
 * acknowledges it on the workstation (the wall itself cannot).
 */
export function AlertTakeover(props: { alerts: Alert[]; now: number; offsetMs: number }) {
  const [a, ...rest] = props.alerts;
  return (
    <div className="takeover" role="alertdialog" aria-live="assertive" aria-label={a.title} data-testid="alert-takeover">
      <div className="takeover-kind">Critical alert · {KIND[a.kind]}</div>
      <h1 data-testid="takeover-title">{a.title}</h1>
      <p className="takeover-detail">{a.detail}</p>
      <p className="takeover-meta">
        Raised {formatDuration(Math.max(0, props.now + props.offsetMs - a.raisedAt))} ago · acknowledge it on the workstation to clear this screen
        {rest.length > 0 && <span> · {rest.length} more open</span>}
      </p>
    </div>
  );
}
