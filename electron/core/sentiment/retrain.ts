import { stat } from 'node:fs/promises';
import { AppFailure } from '../../../shared/contract/result';
import type { SentimentModelInfo } from '../../../shared/domain/sentiment';
import type { LabelledText } from '../../../shared/sentiment/types';
import type { Core } from '../core';
import { listCorrectedExamples } from '../repos/corrections';
import { insertModel, readModel } from '../repos/models';
import { MissingColumnError } from './csvScore';
import { LabelFileError, readLabelledCsv } from './labelledCsv';
import { modelToJson } from './model';
import { openSentimentWorker } from './offThread';

/** What a retrain learns from besides the stored corrections. */
export interface RetrainRequest {
  /** A labelled CSV on this machine. */
  file?: string;
  textColumn?: string;
  labelColumn?: string;
  name?: string;
}

async function readFileExamples(req: RetrainRequest): Promise<LabelledText[]> {
  if (!req.file) return [];
  await stat(req.file).catch(() => {
    throw new AppFailure('not-found', `no such file: ${req.file}`, 'file');
  });
  try {
    return await readLabelledCsv(req.file, { textColumn: req.textColumn ?? 'text', labelColumn: req.labelColumn ?? 'label' });
  } catch (err) {
    if (err instanceof MissingColumnError || err instanceof LabelFileError) throw new AppFailure('invalid-request', err.message, 'file');
    throw err;
  }
}

/**
 * Fits a model on every supervisor correction plus an optional labelled file (on the sentiment
 * worker thread), measures its 5-fold cross-validated quality, and stores it switched off: the figures are shown before anyone
 * switches it on (`sentiment.activate`). Too few or one-sided examples are refused with a message.
 */
export async function retrainFromCorrections(core: Core, req: RetrainRequest): Promise<SentimentModelInfo> {
  const corrected = await listCorrectedExamples(core.db);
  const fromFile = await readFileExamples(req);
  let fitted;
  const worker = openSentimentWorker();
  try {
    fitted = await worker.fit([...fromFile, ...corrected], { fromCorrections: corrected.length, fromFile: fromFile.length });
  } catch (err) {
    const why = err instanceof Error ? err.message.replace(/^\w+: /, '') : String(err);
    throw new AppFailure('invalid-request', `cannot train yet: ${why}`);
  } finally {
    worker.close();
  }
  const at = core.now();
  const name = req.name?.trim() || `Trained ${new Date(at).toISOString().slice(0, 16).replace('T', ' ')}`;
  const id = await insertModel(core.db, { name, createdAt: at, cv: fitted.cv, blob: modelToJson(fitted.model) });
  return (await readModel(core.db, id))?.info as SentimentModelInfo;
}
