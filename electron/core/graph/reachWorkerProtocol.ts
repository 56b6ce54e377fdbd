import type { EdgeList } from '../../../shared/reach/edgeList';
import type { CascadeOnlyResult, ReachOptions, ReachResult, ReachTimings } from '../../../shared/reach/computeReach';
import type { EdgeFileFormat, EdgeFileReport, ParseProgress } from './parseEdgeFile';

/** Follow edges already in memory, or files to stream inside the worker. */
export type ReachInput =
  | { kind: 'edges'; edges: EdgeList }
  | { kind: 'file'; file: string; format?: EdgeFileFormat; interactionsFile?: string; interactionsFormat?: EdgeFileFormat };

/** Metric options that can cross to a worker (no functions). */
export type ReachWorkerMetricOptions = Omit<ReachOptions, 'now' | 'onStep'>;

/** Progress reported while the worker runs. */
export type ReachProgress =
  | ({ phase: 'parse'; file: string } & ParseProgress)
  | { phase: 'compute'; step: keyof ReachTimings };

/** What a reach run hands back. */
export interface ReachWorkerOutput {
  result: ReachResult;
  /** Parse reports when the input was files. */
  follows: EdgeFileReport | null;
  interactions: EdgeFileReport | null;
  /** Whether cascades ran on a second worker beside the other metrics. */
  parallelCascade: boolean;
}

/**
 * What one worker computes: everything, everything but the cascades (and, for file input, posts
 * the parsed edges so a cascade worker can start), or the cascades only.
 */
export type ReachWorkerPart = 'all' | 'structure' | 'cascade';

/** Data given to the worker at start. */
export interface ReachWorkerData {
  input: ReachInput;
  options: ReachWorkerMetricOptions;
  part: ReachWorkerPart;
}

/** Messages from the worker. */
export type ReachWorkerMessage =
  | { type: 'progress'; progress: ReachProgress }
  | { type: 'parsed'; edges: EdgeList; interactions: EdgeList | null }
  | { type: 'done'; output: ReachWorkerOutput }
  | { type: 'cascades'; part: CascadeOnlyResult }
  | { type: 'error'; message: string };
