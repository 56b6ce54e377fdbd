import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppFailure } from '../../../shared/contract/result';
import { formatConfusion } from '../../../shared/sentiment/metrics';
import { openCore, type Core } from '../../core/core';
import { resolveDbPath } from '../../core/paths';
import { listSites } from '../../core/repos/sites';
import { recordTopicModelChoice } from '../../core/services/topicModels';
import { fitTopicModelFromCsv, storeTopicModel, TopicTrainingError, type FittedTopicModel } from '../../core/topics/trainTopicModel';
import { UsageError, type Command } from '../command';
import { readTrainOptions, TRAIN_OPTIONS } from './trainOptions';

function printFigures(fitted: FittedTopicModel, folds: number): void {
  const { cv } = fitted;
  process.stdout.write(`cross-validated macro-F1 over ${cv.perTopic.length} reasons: ${cv.macroF1.toFixed(4)} (${folds}-fold, ${fitted.examples} examples; ${fitted.skipped} rows without a reason skipped)\n`);
  process.stdout.write(`accuracy: ${cv.accuracy.toFixed(4)}; per fold macro-F1: ${cv.folds.map((f) => f.toFixed(4)).join(' ')}\n`);
  process.stdout.write(`per topic F1: ${cv.perTopic.map((t) => `${t.label} ${t.f1.toFixed(2)}`).join(', ')}\n`);
  for (const line of formatConfusion(cv.confusion)) process.stdout.write(`  ${line}\n`);
}

/** Stores the model in the database and, when asked, switches it on for a site (by name) or the default. */
async function storeInDb(core: Core, fitted: FittedTopicModel, input: string, labelColumn: string, activate: { site?: string } | null): Promise<{ id: number; siteId: number | null }> {
  const at = core.now();
  const id = await storeTopicModel(core.db, fitted, { name: `${basename(input)} · ${labelColumn}`, sourceFile: basename(input), createdAt: at, createdBy: 'cli' });
  if (!activate) return { id, siteId: null };
  const site = activate.site === undefined ? null : (await listSites(core.db)).find((s) => s.name === activate.site);
  if (site === undefined) throw new AppFailure('not-found', `no site named "${activate.site}" (the model was stored as #${id}, switched off)`, 'site');
  await recordTopicModelChoice(core, { modelId: id, siteId: site?.id ?? null, by: 'cli' });
  return { id, siteId: site?.id ?? null };
}

/** `train-topics`: fit a topic (contact reason) model on a labelled CSV, print its cross-validated macro-F1, write it to a file and/or the database. */
export const trainTopicsCommand: Command = {
  name: 'train-topics',
  summary: 'train a topic (contact reason) model on a CSV with a reason column and print its cross-validated macro-F1',
  usage: `train-topics --input FILE.csv [--text-column NAME] [--label-column NAME] [--out MODEL.json] [--db FILE [--activate [--site NAME]]] [--folds N] [--json]

Fits the sentiment model's learner (softmax regression over words, character n-grams and the
built-in scorer's evidence) with one class per reason, on the rows whose label column is filled
(e.g. the airline export's negativereason, set on negative tweets only), after measuring its N-fold
cross-validated macro-F1 over the reasons (default 5 folds). Columns default to "text" and "reason".
--out writes the model to a file; --db stores it in the database (switched off, listed in
Sources → Topics); --activate also switches it on for the default, or with --site for that site.
Exit codes: 0 trained, 1 refused or failed, 2 bad usage.`,
  options: { ...TRAIN_OPTIONS, db: { type: 'string' }, activate: { type: 'boolean' }, site: { type: 'string' } },
  async run(values) {
    if (values.activate && values.db === undefined) throw new UsageError('--activate needs --db FILE');
    if (values.site !== undefined && !values.activate) throw new UsageError('--site NAME goes with --activate');
    const o = readTrainOptions(values, { labelColumn: 'reason', outOptional: values.db !== undefined });
    let fitted;
    try {
      fitted = await fitTopicModelFromCsv({ file: o.input, textColumn: o.textColumn, labelColumn: o.labelColumn, folds: o.folds });
    } catch (err) {
      if (!(err instanceof TopicTrainingError)) throw err;
      process.stderr.write(`train-topics: ${err.message}\n`);
      return 1;
    }
    if (o.out) await writeFile(o.out, fitted.modelJson);
    let stored: { id: number; siteId: number | null } | null = null;
    if (values.db !== undefined) {
      const core = await openCore({ dbPath: resolveDbPath(values.db as string) });
      try {
        stored = await storeInDb(core, fitted, o.input, o.labelColumn, values.activate ? { site: values.site as string | undefined } : null);
      } catch (err) {
        if (!(err instanceof AppFailure)) throw err;
        process.stderr.write(`train-topics: ${err.message}\n`);
        return 1;
      } finally {
        await core.close();
      }
    }
    const { cv } = fitted;
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ macroF1: cv.macroF1, accuracy: cv.accuracy, folds: cv.folds, perTopic: cv.perTopic, examples: fitted.examples, skipped: fitted.skipped, confusion: cv.confusion, out: o.out ?? null, modelId: stored?.id ?? null })}\n`);
      return 0;
    }
    printFigures(fitted, o.folds);
    if (o.out) process.stdout.write(`model written to ${o.out}\n`);
    if (stored) process.stdout.write(`stored as topic model #${stored.id}${values.activate ? `, switched on for ${values.site ? `site ${String(values.site)}` : 'the default'}` : ' (switched off)'}\n`);
    return 0;
  },
};
