/**
 * Service-level timers for a case: first response and resolution, each with a due time and a
 * traffic-light state. With business hours the clock only runs inside working windows, in the
 * team's time zone; without them it runs around the clock.
 */
import { addBusinessMs, businessMsBetween, validateBusinessHours } from './businessHours';
import type { BusinessHours } from './businessHours';

/** Targets for one site or queue. `amberAt` is the share of the budget after which a running timer turns amber. */
export interface SlaPolicy {
  firstResponseMins: number;
  resolutionMins: number;
  /** Defaults to 0.75. */
  amberAt?: number;
  businessHours?: BusinessHours;
}

/**
 * `ok`/`amber`/`red` while the timer runs (red = past due and still open);
 * `met`/`breached` once it stopped (on time or late).
 */
export type SlaTimerState = 'ok' | 'amber' | 'red' | 'met' | 'breached';

/** One timer. Times are epoch ms; `elapsedMs` counts only business time when business hours apply. */
export interface SlaTimer {
  dueAt: number;
  elapsedMs: number;
  /** The target as a duration (counted time), so `elapsedMs / budgetMs` is the share used. */
  budgetMs: number;
  /** `budgetMs - elapsedMs`: negative once overdue. */
  remainingMs: number;
  /** When the timer stopped (response or resolution), or null while it runs. */
  stoppedAt: number | null;
  state: SlaTimerState;
}

/** Both timers of a case. */
export interface SlaState {
  firstResponse: SlaTimer;
  resolution: SlaTimer;
}

/** What {@link slaState} needs: when the case opened, when it was answered/resolved (if so), and "now". */
export interface SlaInput {
  openedAt: number;
  firstResponseAt?: number | null;
  resolvedAt?: number | null;
  now: number;
  policy: SlaPolicy;
}

const MINUTE = 60_000;

/** Returns a message naming what is wrong with a policy, or null when it is usable. */
export function validateSlaPolicy(policy: SlaPolicy): string | null {
  for (const key of ['firstResponseMins', 'resolutionMins'] as const) {
    const value = policy[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      return `${key} must be a number of minutes ≥ 0, got ${String(value)}`;
    }
  }
  const amberAt = policy.amberAt ?? 0.75;
  if (!(amberAt > 0 && amberAt <= 1)) return `amberAt must be a share between 0 (exclusive) and 1, got ${amberAt}`;
  return policy.businessHours ? validateBusinessHours(policy.businessHours) : null;
}

/** The due time of a target of `minutes` counted from `openedAt` (in business time when hours are given). */
export function slaDueAt(openedAt: number, minutes: number, businessHours?: BusinessHours): number {
  const budget = minutes * MINUTE;
  return businessHours ? addBusinessMs(openedAt, budget, businessHours) : openedAt + budget;
}

/** Counted time between two instants: business time with hours, wall time without. */
export function slaElapsedMs(fromMs: number, toMs: number, businessHours?: BusinessHours): number {
  if (toMs <= fromMs) return 0;
  return businessHours ? businessMsBetween(fromMs, toMs, businessHours) : toMs - fromMs;
}

function timerFor(openedAt: number, stoppedAt: number | null, now: number, minutes: number, policy: SlaPolicy): SlaTimer {
  const budgetMs = minutes * MINUTE;
  const dueAt = slaDueAt(openedAt, minutes, policy.businessHours);
  const elapsedMs = slaElapsedMs(openedAt, stoppedAt ?? now, policy.businessHours);
  let state: SlaTimerState;
  if (stoppedAt !== null) state = stoppedAt <= dueAt ? 'met' : 'breached';
  else if (now >= dueAt) state = 'red';
  else if (elapsedMs >= (policy.amberAt ?? 0.75) * budgetMs) state = 'amber';
  else state = 'ok';
  return { dueAt, elapsedMs, budgetMs, remainingMs: budgetMs - elapsedMs, stoppedAt, state };
}

/**
 * The first-response and resolution timers of a case at `now`.
 *
 * A stop before `openedAt` counts as immediate. A case resolved without a recorded response
 * stops its first-response clock at the resolution (nobody is waiting any more).
 * Throws a RangeError naming the problem when the policy is unusable.
 */
export function slaState(input: SlaInput): SlaState {
  const problem = validateSlaPolicy(input.policy);
  if (problem) throw new RangeError(problem);
  const { openedAt, now, policy } = input;
  const clamp = (t: number | null | undefined): number | null => (t === null || t === undefined ? null : Math.max(t, openedAt));
  const resolvedAt = clamp(input.resolvedAt);
  const respondedAt = clamp(input.firstResponseAt) ?? resolvedAt;
  return {
    firstResponse: timerFor(openedAt, respondedAt, now, policy.firstResponseMins, policy),
    resolution: timerFor(openedAt, resolvedAt, now, policy.resolutionMins, policy),
  };
}
