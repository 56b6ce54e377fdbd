import { parseLabel } from '../../../shared/sentiment/metrics';
import { SENTIMENT_LABELS, type LabelledText } from '../../../shared/sentiment/types';
import { readCsvRecords } from '../ingest/csvRecords';
import { readCsvHeader, requireColumns } from './csvScore';

/** Thrown when a label file has unknown labels or unreadable rows; the message names them. */
export class LabelFileError extends Error {}

/** Which columns of a labelled CSV hold the text and the label. */
export interface LabelColumns {
  textColumn: string;
  labelColumn: string;
}

const MAX_NAMED = 10;

/**
 * Reads labelled examples from a CSV file. Refuses, naming them, missing columns and labels other
 * than negative/neutral/positive (case and spaces ignored; an empty label is unknown too), with the
 * line of each label's first use. Rows the CSV parser cannot read are refused the same way.
 */
export async function readLabelledCsv(file: string, cols: LabelColumns): Promise<LabelledText[]> {
  requireColumns(file, await readCsvHeader(file), [cols.textColumn, cols.labelColumn]);
  const examples: LabelledText[] = [];
  const unknown = new Map<string, { line: number; count: number }>();
  const unreadable: string[] = [];
  for await (const item of readCsvRecords(file)) {
    if (item.kind === 'error') {
      if (unreadable.length < MAX_NAMED) unreadable.push(`line ${item.line}: ${item.reason}`);
      continue;
    }
    const raw = item.record[cols.labelColumn] ?? '';
    const label = parseLabel(raw);
    if (label) examples.push({ text: item.record[cols.textColumn] ?? '', label });
    else {
      const seen = unknown.get(raw.trim());
      if (seen) seen.count++;
      else unknown.set(raw.trim(), { line: item.line, count: 1 });
    }
  }
  if (unknown.size) {
    const named = [...unknown].slice(0, MAX_NAMED).map(([l, u]) => `${JSON.stringify(l)} (${u.count} row${u.count > 1 ? 's' : ''}, first at line ${u.line})`);
    const more = unknown.size > MAX_NAMED ? ` and ${unknown.size - MAX_NAMED} more` : '';
    throw new LabelFileError(
      `${file}: unknown label${unknown.size > 1 ? 's' : ''} in column "${cols.labelColumn}": ${named.join(', ')}${more}; expected ${SENTIMENT_LABELS.join(', ')}`,
    );
  }
  if (unreadable.length) throw new LabelFileError(`${file}: unreadable rows: ${unreadable.join('; ')}`);
  return examples;
}
