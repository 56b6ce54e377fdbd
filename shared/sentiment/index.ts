/**
 * Sentiment, topics and depth for social customer care: the built-in scorer (rules + our own
 * lexicon), a trainable local model, keyword topic rules, the persistence (depth) rule and metrics.
 */
export type { SentimentLabel, SentimentScore, Reason, ReasonKind, LabelledText } from './types';
export { SENTIMENT_LABELS } from './types';
export { scoreText, analyseText, type ScoreOptions, type TextAnalysis } from './scoreText';
export { compileLexicon, type CompiledLexicon } from './evidence';
export { trainModel, scoreWithModel, type SentimentModel, type TrainOptions } from './model';
export { crossValidate, type CrossValidation } from './crossValidate';
export { DEFAULT_FEATURE_OPTIONS, type FeatureOptions } from './features';
export { classifyTopics, validateTopicRules, checkTopicRules, TOPIC_RULE_LIMITS, TOPIC_ID, type TopicMatch, type TopicRuleProblem } from './topics';
export { DEFAULT_TOPIC_RULES, type TopicRule } from './topicRules';
export {
  classifyPersistence,
  DEFAULT_PERSISTENCE_RULE,
  type PersistenceRule,
  type PersistenceResult,
  type PersistenceVerdict,
  type TimedLabel,
} from './persistence';
export { macroF1, confusionMatrix, accuracy, classScores, formatConfusion, parseLabel, type ConfusionMatrix } from './metrics';
