import { writeFile } from 'node:fs/promises';
import { formatConfusion } from '../../../shared/sentiment/metrics';
import { MissingColumnError } from '../../core/sentiment/csvScore';
import { LabelFileError, readLabelledCsv } from '../../core/sentiment/labelledCsv';
import { fitModel, modelToJson } from '../../core/sentiment/model';
import type { Command } from '../command';
import { readTrainOptions, TRAIN_OPTIONS } from './trainOptions';

function countLabels(labels: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].sort().map(([l, n]) => `${l} ${n}`).join(', ');
}

/** `train`: fit a sentiment model on a labelled CSV and print its cross-validated macro-F1. */
export const trainCommand: Command = {
  name: 'train',
  summary: 'train a sentiment model on a labelled CSV and print its cross-validated macro-F1',
  usage: `train --input FILE.csv [--text-column NAME] [--label-column NAME] --out MODEL.json [--folds N] [--json]

Fits a local model (softmax regression over words, character n-grams and the built-in scorer's
evidence) on every row, after measuring its N-fold cross-validated quality (default 5 folds), and
writes it to MODEL.json for 'score --model MODEL.json'. Labels must be negative, neutral or positive
(case ignored); a file with other labels or without the named columns is refused, naming them.
Columns default to "text" and "label". Exit codes: 0 trained, 1 refused or failed, 2 bad usage.`,
  options: TRAIN_OPTIONS,
  async run(values) {
    const { input, out: outFile, folds, textColumn, labelColumn } = readTrainOptions(values, { labelColumn: 'label' });
    const out = outFile as string;
    const cols = { textColumn, labelColumn };
    let examples;
    try {
      examples = await readLabelledCsv(input, cols);
    } catch (err) {
      if (err instanceof MissingColumnError || err instanceof LabelFileError) {
        process.stderr.write(`train: ${err.message}\n`);
        return 1;
      }
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        process.stderr.write(`train: no such file: ${input}\n`);
        return 1;
      }
      throw err;
    }
    let fitted;
    try {
      fitted = fitModel(examples, { fromCorrections: 0, fromFile: examples.length }, folds);
    } catch (err) {
      process.stderr.write(`train: cannot train on ${input}: ${err instanceof Error ? err.message : String(err)}\n`);
      return 1;
    }
    await writeFile(out, modelToJson(fitted.model));
    const { cv } = fitted;
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ macroF1: cv.macroF1, accuracy: cv.accuracy, folds: cv.folds, foldMacroF1: cv.foldMacroF1, examples: cv.examples, confusion: cv.confusion, out })}\n`);
      return 0;
    }
    process.stdout.write(`cross-validated macro-F1: ${cv.macroF1.toFixed(4)} (${cv.folds}-fold, ${cv.examples} examples)\n`);
    process.stdout.write(`accuracy: ${cv.accuracy.toFixed(4)}; per fold macro-F1: ${cv.foldMacroF1.map((f) => f.toFixed(4)).join(' ')}\n`);
    process.stdout.write(`labels: ${countLabels(examples.map((e) => e.label))}\n`);
    for (const line of formatConfusion(cv.confusion)) process.stdout.write(`  ${line}\n`);
    process.stdout.write(`model written to ${out}\n`);
    return 0;
  },
};
