// The options `train` and `train-topics` share: the labelled file, its columns, the folds, --out, --json.
import { intOption, UsageError, type Command } from '../command';

/** The options both training commands take. */
export const TRAIN_OPTIONS: Command['options'] = {
  input: { type: 'string' },
  'text-column': { type: 'string' },
  'label-column': { type: 'string' },
  out: { type: 'string' },
  folds: { type: 'string' },
  json: { type: 'boolean' },
};

/** What the shared options say, checked. */
export interface TrainOptionValues {
  input: string;
  out: string | undefined;
  folds: number;
  textColumn: string;
  labelColumn: string;
}

/**
 * Reads the shared options: --input is required, --out unless `outOptional`, --folds at least 2
 * (default 5); columns default to "text" and `labelColumn`. Wrong usage throws UsageError.
 */
export function readTrainOptions(values: Record<string, unknown>, defaults: { labelColumn: string; outOptional?: boolean }): TrainOptionValues {
  const input = values.input as string | undefined;
  const out = values.out as string | undefined;
  if (!input) throw new UsageError('--input FILE.csv is required');
  if (!out && !defaults.outOptional) throw new UsageError('--out MODEL.json is required');
  const folds = intOption(values, 'folds', 5);
  if (folds < 2) throw new UsageError('--folds must be at least 2');
  return {
    input,
    out,
    folds,
    textColumn: (values['text-column'] as string | undefined) ?? 'text',
    labelColumn: (values['label-column'] as string | undefined) ?? defaults.labelColumn,
  };
}
