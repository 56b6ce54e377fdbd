import { fileURLToPath } from 'node:url';
import { runImportBench } from './importBench';
import { runGraphViewBench } from './graphViewBench';
import { runReachBench } from './reachBench';
import { runReportBench } from './reportBench';
import { runSentimentBench } from './sentimentBench';
import { runTopicsBench } from './topicsBench';
import { runSentimentStoreBench } from '../electron/core/sentiment/storeBench';

/** Each benchmark prints its own figures; a failing one does not hide the others. */
const BENCHES: [string, () => Promise<string[]>][] = [
  ['import', () => runImportBench()],
  ['sentiment-store', () => runSentimentStoreBench()],
  // out/cli/bench.js → the repo root is two folders up; the data sits beside the clone.
  ['reach', () => runReachBench(fileURLToPath(new URL('../../../shared/data', import.meta.url)))],
  // `npm run eval`: quality (macro-F1, confusion matrices) and speed against VADER on the airline data.
  ['sentiment', () => runSentimentBench(fileURLToPath(new URL('../../../shared/data', import.meta.url)))],
  // Topic classification per post: default rules, a site's rules, a learned model (airline tweets and the report bench's texts).
  ['topics', () => runTopicsBench(fileURLToPath(new URL('../../../shared/data', import.meta.url)))],
  ['graph-view', () => runGraphViewBench()],
  // A week of a 1M-post database to HTML + CSV (+ PDF with Chromium); builds and caches the database on first run.
  ['report', () => runReportBench()],
  ['search', () => import('./searchBench').then((m) => m.runSearchBench())],
];

const only = process.argv[2];
let failed = false;
for (const [name, run] of BENCHES) {
  if (only && only !== name) continue;
  try {
    for (const line of await run()) console.log(line);
  } catch (err) {
    failed = true;
    console.log(`${name}: FAILED ${err instanceof Error ? err.stack : String(err)}`);
  }
  console.log('');
}
process.exitCode = failed ? 1 : 0;
