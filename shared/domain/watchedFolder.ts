/** A folder whose dropped files are imported once, then moved to `done/` or `failed/` inside it. */
export interface WatchedFolder {
  id: number;
  path: string;
  /** Preset for CSV files (JSON Lines files always use `jsonl`). */
  preset: string;
  enabled: boolean;
}

/** What `folders.save` takes. */
export interface WatchedFolderInput {
  id?: number;
  path: string;
  preset: string;
  enabled: boolean;
}

/** What happened to one dropped file. */
export interface DroppedFileResult {
  file: string;
  outcome: 'done' | 'failed';
  imported: number;
  duplicates: number;
  quarantined: number;
  error: string | null;
  /** Where the file was moved. */
  movedTo: string | null;
}
