import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { LabelledText } from '../shared/sentiment/types';
import { parseLabel } from '../shared/sentiment/metrics';

/**
 * Reads `<dataDir>/airline/airline_dev.csv` (Twitter US Airline Sentiment, CC BY-NC-SA: for tests
 * and benchmarks only, never bundled) as labelled texts, in file order. Throws naming the file
 * when it is missing or lacks the `text` / `airline_sentiment` columns.
 */
export function readAirlineDev(dataDir: string): LabelledText[] {
  const file = join(dataDir, 'airline', 'airline_dev.csv');
  const rows = parse(readFileSync(file), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  if (rows.length > 0 && (!('text' in rows[0]) || !('airline_sentiment' in rows[0]))) {
    throw new Error(`${file}: expected columns "text" and "airline_sentiment"`);
  }
  return rows.map((r, i) => {
    const label = parseLabel(r.airline_sentiment);
    if (!label) throw new Error(`${file}: row ${i + 2} has unknown label ${JSON.stringify(r.airline_sentiment)}`);
    return { text: r.text, label };
  });
}
