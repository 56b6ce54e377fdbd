// Reads topic-labelled examples (text + reason) from a CSV file for training a topic model.
import type { TopicExample } from '../../../shared/sentiment/topicModel';
import { readCsvRecords } from '../ingest/csvRecords';
import { readCsvHeader, requireColumns } from '../sentiment/csvScore';

/**
 * Reads the rows of a CSV whose label column is filled (a reason is often set on negative posts
 * only): text and trimmed label. Refuses missing columns naming them; counts rows skipped.
 */
export async function readTopicCsv(file: string, cols: { textColumn: string; labelColumn: string }): Promise<{ examples: TopicExample[]; skipped: number; unreadable: number }> {
  requireColumns(file, await readCsvHeader(file), [cols.textColumn, cols.labelColumn]);
  const examples: TopicExample[] = [];
  let skipped = 0;
  let unreadable = 0;
  for await (const item of readCsvRecords(file)) {
    if (item.kind === 'error') {
      unreadable++;
      continue;
    }
    const topic = (item.record[cols.labelColumn] ?? '').trim();
    if (topic) examples.push({ text: item.record[cols.textColumn] ?? '', topic });
    else skipped++;
  }
  return { examples, skipped, unreadable };
}
