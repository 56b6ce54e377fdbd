import { readFile, stat } from 'node:fs/promises';
import { builtinScorer, parseModelJson, trainedScorer, type Scorer } from '../../core/sentiment/model';
import { MissingColumnError, scoreCsvFile } from '../../core/sentiment/csvScore';
import { UsageError, type Command } from '../command';

async function loadScorer(spec: string): Promise<Scorer> {
  if (spec === 'builtin') return builtinScorer();
  const json = await readFile(spec, 'utf8').catch(() => {
    throw new UsageError(`--model: no such model file "${spec}" (use builtin or a file written by 'train --out')`);
  });
  try {
    return trainedScorer(parseModelJson(json, spec));
  } catch (err) {
    throw new UsageError(`--model: ${err instanceof Error ? err.message : String(err)}`);
  }
}

let pipeGuarded = false;

/** A reader that stopped reading (`| head`) is not an error: stop quietly. */
function quietOnClosedPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

/** `score`: sentiment of every row of a CSV file, written as CSV to stdout in input order. */
export const scoreCommand: Command = {
  name: 'score',
  summary: 'score the sentiment of every row of a CSV file (CSV out: label,score,confidence,language,reasons)',
  usage: `score [--model builtin|FILE] [--text-column NAME] FILE.csv

Writes CSV to stdout: a header, then one row per input row, in input order, with
label (negative|neutral|positive), score (-1..1), confidence (0..1), language (ISO 639-1 or und)
and reasons (the words, phrases, emoji, negations and rules that moved the score).
--model builtin (default) uses the shipped rules and lexicon; FILE uses a model written by
'train --out'. --text-column defaults to "text". Rows the CSV parser cannot read still get a row
(neutral, confidence 0, the reason). Exit codes: 0 done, 1 the file could not be scored, 2 bad usage.`,
  options: { model: { type: 'string' }, 'text-column': { type: 'string' } },
  allowPositionals: true,
  async run(values, files) {
    if (files.length !== 1) throw new UsageError('name exactly one CSV FILE to score');
    const [file] = files;
    const scorer = await loadScorer((values.model as string | undefined) ?? 'builtin');
    const column = (values['text-column'] as string | undefined) ?? 'text';
    if (!(await stat(file).then((s) => s.isFile(), () => false))) {
      process.stderr.write(`score: no such file: ${file}\n`);
      return 1;
    }
    quietOnClosedPipe();
    try {
      const summary = await scoreCsvFile(file, column, scorer, process.stdout);
      if (summary.unreadable) process.stderr.write(`score: ${summary.unreadable} of ${summary.rows} rows could not be read as CSV (scored neutral, reason in the row)\n`);
      return 0;
    } catch (err) {
      if (err instanceof MissingColumnError) {
        process.stderr.write(`score: ${err.message}; choose one with --text-column NAME\n`);
        return 1;
      }
      throw err;
    }
  },
};
