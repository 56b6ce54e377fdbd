import type { ImportProgress, ImportReport } from '../domain/importReport';
import type { ReachProgressEvent, ReachRun } from '../domain/reach';

/** Push events from core to every window. Names are past tense. */
export interface Events {
  'posts.ingested': { count: number; at: number };
  'imports.progressed': ImportProgress;
  'imports.finished': ImportReport;
  'reach.progressed': ReachProgressEvent;
  'reach.computed': { runs: ReachRun[] };
}

/** An event name. */
export type EventName = keyof Events;

/** Every event name, for allowlists. */
export const EVENT_NAMES: readonly EventName[] = ['posts.ingested', 'imports.progressed', 'imports.finished', 'reach.progressed', 'reach.computed'];

/** The IPC channel of an event. */
export function eventChannelOf(name: EventName): string {
  return `event:${name}`;
}
