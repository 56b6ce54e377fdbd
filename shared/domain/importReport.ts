/** A row that could not be imported, kept with its reason so nothing is lost silently. */
export interface QuarantinedRow {
  id: number;
  importId: number;
  file: string;
  row: number;
  reason: string;
  raw: string;
}

/** The outcome of one import run. */
export interface ImportReport {
  importId: number;
  file: string;
  preset: string;
  imported: number;
  duplicates: number;
  quarantined: number;
  rowsRead: number;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  startedAt: number;
  finishedAt: number | null;
}

/** Progress of a running import, pushed to the UI and printed by the CLI. */
export interface ImportProgress {
  importId: number;
  file: string;
  rowsRead: number;
  imported: number;
  duplicates: number;
  quarantined: number;
  bytesRead: number;
  bytesTotal: number;
  rowsPerSecond: number;
}
