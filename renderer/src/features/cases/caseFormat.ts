import type { CaseCard } from '../../../../shared/domain/case';
import { slaState, type SlaTimer, type SlaTimerState } from '../../../../shared/time/sla';

/** "45m", "3h 05m", "2d 4h": a duration short enough for a card. */
export function formatDuration(ms: number): string {
  const mins = Math.floor(Math.abs(ms) / 60_000);
  if (mins < 60) return `${mins}m`;
  const h = Math.floor(mins / 60);
  if (h < 48) return `${h}h ${String(mins % 60).padStart(2, '0')}m`;
  return `${Math.floor(h / 24)}d ${h % 24}h`;
}

/** What the SLA chip of a card shows: the timer that matters now, its state and its words. */
export interface SlaChipView {
  state: SlaTimerState;
  label: string;
  title: string;
}

function describeTimer(name: string, t: SlaTimer): string {
  switch (t.state) {
    case 'met':
      return `${name} met`;
    case 'breached':
      return `${name} late by ${formatDuration(t.stoppedAt === null ? 0 : t.stoppedAt - t.dueAt)}`;
    case 'red':
      return `${name} ${formatDuration(t.remainingMs)} over`;
    default:
      return `${name} ${formatDuration(t.remainingMs)} left`;
  }
}

/**
 * The chip of a card at `now`: the first-response timer until someone answered, then the
 * resolution timer. Business hours in the site's policy make the clock pause outside them.
 */
export function slaChipOf(card: CaseCard, now: number): SlaChipView {
  const s = slaState({
    openedAt: card.openedAt,
    firstResponseAt: card.firstResponseAt,
    resolvedAt: card.resolvedAt,
    now,
    policy: { ...card.sla, businessHours: card.sla.businessHours ?? undefined },
  });
  const first = s.firstResponse.stoppedAt === null;
  const timer = first ? s.firstResponse : s.resolution;
  const label = describeTimer(first ? 'reply' : 'fix', timer);
  const hours = card.sla.businessHours ? ` (business hours, ${card.sla.businessHours.timeZone})` : '';
  const title = `First response ${describeTimer('target', s.firstResponse)}; resolution ${describeTimer('target', s.resolution)}${hours}`;
  return { state: timer.state, label, title };
}
