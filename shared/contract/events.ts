import type { ImportProgress, ImportReport } from '../domain/importReport';
import type { ReachProgressEvent, ReachRun } from '../domain/reach';
import type { RescoreProgress, SentimentCorrection } from '../domain/sentiment';
import type { Alert, LiveTick } from '../domain/live';
import type { ReportProgress } from '../domain/report';

/** Push events from core to every window. Names are past tense. */
export interface Events {
  'posts.ingested': { count: number; at: number };
  'imports.progressed': ImportProgress;
  'imports.finished': ImportReport;
  /** A site of the Sources registry was added or edited (posts may have been re-sorted). */
  'sources.changed': { siteId: number; at: number };
  'reach.progressed': ReachProgressEvent;
  'reach.computed': { runs: ReachRun[] };
  'sentiment.rescored': RescoreProgress;
  'sentiment.corrected': SentimentCorrection;
  /** Live aggregates at a fixed rate (never raw posts): snapshots for watched queries, open alerts. */
  'metrics.ticked': LiveTick;
  'alerts.raised': Alert;
  /** A case was created or changed (caseId and version null for board-wide changes: columns, SLA policies). */
  'cases.changed': { caseId: number | null; version: number | null; at: number };
  /** A report being computed or exported moved on a step. */
  'reports.progressed': ReportProgress;
}

/** An event name. */
export type EventName = keyof Events;

/** Every event name, for allowlists. */
export const EVENT_NAMES: readonly EventName[] = ['posts.ingested', 'imports.progressed', 'imports.finished', 'sources.changed', 'reach.progressed', 'reach.computed', 'sentiment.rescored', 'sentiment.corrected', 'metrics.ticked', 'alerts.raised', 'cases.changed', 'reports.progressed'];

/** The IPC channel of an event. */
export function eventChannelOf(name: EventName): string {
  return `event:${name}`;
}
