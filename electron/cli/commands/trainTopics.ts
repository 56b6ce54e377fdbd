import { writeFile } from 'node:fs/promises';
import { formatConfusion } from '../../../shared/sentiment/metrics';
import { crossValidateTopics, trainTopicModel } from '../../../shared/sentiment/topicModel';
import { MissingColumnError } from '../../core/sentiment/csvScore';
import { readTopicCsv } from '../../core/topics/topicCsv';
import { intOption, UsageError, type Command } from '../command';

/** `train-topics`: fit a topic (contact reason) model on a labelled CSV and print its cross-validated macro-F1. */
export const trainTopicsCommand: Command = {
  name: 'train-topics',
  summary: 'train a topic (contact reason) model on a CSV with a reason column and print its cross-validated macro-F1',
  usage: `train-topics --input FILE.csv [--text-column NAME] [--label-column NAME] --out MODEL.json [--folds N] [--json]

Fits the sentiment model's learner (softmax regression over words, character n-grams and the
built-in scorer's evidence) with one class per reason, on the rows whose label column is filled
(e.g. the airline export's negativereason, set on negative tweets only), after measuring its N-fold
cross-validated macro-F1 over the reasons (default 5 folds). Columns default to "text" and "reason".
Exit codes: 0 trained, 1 refused or failed, 2 bad usage.`,
  options: {
    input: { type: 'string' },
    'text-column': { type: 'string' },
    'label-column': { type: 'string' },
    out: { type: 'string' },
    folds: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(values) {
    const input = values.input as string | undefined;
    const out = values.out as string | undefined;
    if (!input) throw new UsageError('--input FILE.csv is required');
    if (!out) throw new UsageError('--out MODEL.json is required');
    const folds = intOption(values, 'folds', 5);
    if (folds < 2) throw new UsageError('--folds must be at least 2');
    const cols = { textColumn: (values['text-column'] as string | undefined) ?? 'text', labelColumn: (values['label-column'] as string | undefined) ?? 'reason' };
    let read;
    try {
      read = await readTopicCsv(input, cols);
    } catch (err) {
      const missing = (err as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file: ${input}` : err instanceof MissingColumnError ? err.message : null;
      if (!missing) throw err;
      process.stderr.write(`train-topics: ${missing}\n`);
      return 1;
    }
    let cv;
    let model;
    try {
      cv = crossValidateTopics(read.examples, folds);
      model = trainTopicModel(read.examples);
    } catch (err) {
      process.stderr.write(`train-topics: cannot train on ${input}: ${err instanceof Error ? err.message : String(err)}\n`);
      return 1;
    }
    await writeFile(out, JSON.stringify(model));
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ macroF1: cv.macroF1, accuracy: cv.accuracy, folds: cv.folds, examples: read.examples.length, skipped: read.skipped, confusion: cv.confusion, out })}\n`);
      return 0;
    }
    process.stdout.write(`cross-validated macro-F1 over ${model.labels.length} reasons: ${cv.macroF1.toFixed(4)} (${folds}-fold, ${read.examples.length} examples; ${read.skipped} rows without a reason skipped)\n`);
    process.stdout.write(`accuracy: ${cv.accuracy.toFixed(4)}; per fold macro-F1: ${cv.folds.map((f) => f.toFixed(4)).join(' ')}\n`);
    for (const line of formatConfusion(cv.confusion)) process.stdout.write(`  ${line}\n`);
    process.stdout.write(`model written to ${out}\n`);
    return 0;
  },
};
