import type { CaseCard } from '../../../../shared/domain/case';
import { slaState, type SlaTimer } from '../../../../shared/time/sla';
import { formatTime } from '../../format';
import { formatDuration } from './caseFormat';

function TimerRow(props: { name: string; timer: SlaTimer; testId: string }) {
  const t = props.timer;
  const words =
    t.state === 'met' ? 'met' : t.state === 'breached' ? 'missed' : t.state === 'red' ? `${formatDuration(t.remainingMs)} over` : `${formatDuration(t.remainingMs)} left`;
  return (
    <div className="sla-row" data-testid={props.testId}>
      <span>{props.name}</span>
      <span className={`sla-chip ${t.state}`} data-state={t.state}>{words}</span>
      <span className="muted">due {formatTime(t.dueAt)}</span>
    </div>
  );
}

/** Both SLA timers of a case with their due times, under the site's policy. */
export function SlaTimers(props: { card: CaseCard; now: number }) {
  const c = props.card;
  const s = slaState({ openedAt: c.openedAt, firstResponseAt: c.firstResponseAt, resolvedAt: c.resolvedAt, now: props.now, policy: { ...c.sla, businessHours: c.sla.businessHours ?? undefined } });
  const hours = c.sla.businessHours;
  return (
    <div className="sla-timers">
      <TimerRow name="First response" timer={s.firstResponse} testId="sla-first-response" />
      <TimerRow name="Resolution" timer={s.resolution} testId="sla-resolution" />
      <div className="muted small">
        {c.sla.siteId === null ? 'Default policy' : `${c.siteName} policy`}: reply within {formatDuration(c.sla.firstResponseMins * 60_000)}, resolve within{' '}
        {formatDuration(c.sla.resolutionMins * 60_000)}
        {hours ? `, counted in business hours (${hours.start}–${hours.end}, ${hours.timeZone})` : ', round the clock'}
      </div>
    </div>
  );
}
