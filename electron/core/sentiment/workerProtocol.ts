import type { CrossValidationReport } from '../../../shared/domain/sentiment';
import type { TopicCrossValidation, TopicExample } from '../../../shared/sentiment/topicModel';
import type { LabelledText, SentimentScore } from '../../../shared/sentiment/types';
import type { ExampleSources } from './model';

/** A model as a worker receives it: the stored row's id and blob (null = built-in scorer). */
export interface WorkerModel {
  id: number;
  blob: string | null;
}

/** Requests the parent sends; `id` pairs each with its reply. */
export type SentimentWorkerRequest =
  | { id: number; type: 'fit'; examples: LabelledText[]; sources: ExampleSources; folds: number }
  | { id: number; type: 'score'; model: WorkerModel; texts: string[] }
  | { id: number; type: 'fitTopics'; examples: TopicExample[]; folds: number };

/** Replies of the worker. */
export type SentimentWorkerReply =
  | { id: number; type: 'fitted'; modelJson: string; cv: CrossValidationReport }
  | { id: number; type: 'scored'; scores: SentimentScore[] }
  | { id: number; type: 'topicsFitted'; modelJson: string; cv: TopicCrossValidation }
  | { id: number; type: 'error'; message: string };
