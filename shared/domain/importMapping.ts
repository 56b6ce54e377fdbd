/** How a mapped column's timestamps are written. `auto` tries ISO 8601, epoch ms, then the tweet formats. */
export const TIME_FORMATS = ['auto', 'iso', 'epoch-ms', 'epoch-s', 'twitter', 'spaced-offset'] as const;
/** A timestamp format of a mapped column. */
export type TimeFormat = (typeof TIME_FORMATS)[number];

/**
 * Which CSV column feeds which post field (the column-mapping dialog's result, saved as a preset).
 * The site comes from a column or is one fixed name for the whole file.
 */
export interface ColumnMapping {
  id: string;
  siteColumn: string | null;
  siteValue: string | null;
  author: string;
  createdAt: string;
  timeFormat: TimeFormat;
  text: string;
  inReplyTo: string | null;
  url: string | null;
  authorFollowers: string | null;
  /** A yes/no column marking the company's own accounts. */
  authorIsCompany: string | null;
  lang: string | null;
  /** The author's profile location ("Leeds, UK"); absent in mappings saved before it existed. */
  authorLocation?: string | null;
  /** Decode HTML entities (`&amp;`) left in exported text. */
  decodeEntities: boolean;
}

/** A preset the import can use: built in, or a saved column mapping. */
export interface PresetInfo {
  name: string;
  description: string;
  builtIn: boolean;
  format: 'csv' | 'jsonl';
  mapping: ColumnMapping | null;
}

/** The first rows of a file, for choosing a preset or mapping its columns. */
export interface FilePreview {
  path: string;
  bytes: number;
  format: 'csv' | 'jsonl';
  header: string[];
  rows: string[][];
  /** Built-in presets whose required columns the header has. */
  matchingPresets: string[];
}

/** What starting an import through the contract returns; progress arrives as events. */
export interface ImportStarted {
  importId: number;
  preset: string;
}
