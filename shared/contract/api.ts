import type { ImportReport, QuarantinedRow } from '../domain/importReport';
import type { PostPage } from '../domain/post';
import type { Site } from '../domain/site';
import type { AppInfo, Stats } from '../domain/stats';
import type * as Src from '../domain/source';
import type { DemoReport, DemoRequest } from '../domain/demo';
import type * as Imp from '../domain/importMapping';
import type * as Feed from '../domain/feed';
import type * as Folder from '../domain/watchedFolder';
import type * as R from '../domain/reach';
import type * as S from '../domain/sentiment';
import type * as L from '../domain/live';
import type * as C from '../domain/case';
import type * as K from '../domain/contact';
import type * as KI from '../domain/contactImport';
import type * as T from '../domain/triage';
import type * as W from '../domain/report';
import type * as Tp from '../domain/topics';
import type * as AR from '../domain/alertRules';

/**
 * THE contract: every method the UI can call, with its one JSON request and one JSON response.
 * Runtime validators for each request live in requests.ts; handlers in electron/core/services.
 */
export interface Api {
  'app.info': { req: Record<string, never>; res: AppInfo };
  'stats.get': { req: Record<string, never>; res: Stats };
  'posts.search': {
    req: { query?: string; siteId?: number; authorId?: number; offset?: number; limit?: number; includeIrrelevant?: boolean; oldestFirst?: boolean };
    res: PostPage;
  };
  'sites.list': { req: Record<string, never>; res: Site[] };
  'imports.list': { req: { limit?: number }; res: ImportReport[] };
  'imports.quarantine': { req: { importId?: number; offset?: number; limit?: number }; res: QuarantinedRow[] };
  'sources.list': { req: Record<string, never>; res: Src.Source[] };
  'sources.save': { req: Src.SourceInput; res: Src.SourceSaved };
  'sources.figures': { req: Record<string, never>; res: Src.SiteFigures[] };
  'demo.load': { req: DemoRequest; res: DemoReport };
  'imports.preview': { req: { path: string; rows?: number }; res: Imp.FilePreview };
  'imports.presets': { req: Record<string, never>; res: Imp.PresetInfo[] };
  'imports.start': { req: { path: string; preset?: string; mapping?: Imp.ColumnMapping; saveAs?: string }; res: Imp.ImportStarted };
  'imports.cancel': { req: { importId: number }; res: { cancelled: boolean } };
  'feeds.list': { req: Record<string, never>; res: Feed.FeedSource[] };
  'feeds.save': { req: Feed.FeedInput; res: Feed.FeedSource };
  'feeds.poll': { req: { id?: number }; res: Feed.FeedPollResult[] };
  'folders.list': { req: Record<string, never>; res: Folder.WatchedFolder[] };
  'folders.save': { req: Folder.WatchedFolderInput; res: Folder.WatchedFolder };
  'folders.scan': { req: Record<string, never>; res: Folder.DroppedFileResult[] };
  'reach.import': { req: R.ReachImportRequest; res: R.GraphImportReport };
  'reach.compute': { req: R.ReachComputeRequest; res: R.ReachRun[] };
  'reach.leaderboard': { req: R.LeaderboardRequest; res: R.Leaderboard };
  'reach.ego': { req: R.EgoRequest; res: R.EgoNetwork };
  'reach.exportGexf': { req: R.GexfExportRequest; res: R.GexfExport };
  'reach.threads': { req: R.ThreadListRequest; res: R.ThreadChoice[] };
  'reach.cascade': { req: R.CascadeRequest; res: R.CascadeGraph };
  'reach.community': { req: R.CommunityRequest; res: R.CommunityGraph };
  'sentiment.explain': { req: { postId: number }; res: S.SentimentExplanation };
  'sentiment.correct': { req: { postId: number; label: S.SentimentLabel; by?: string }; res: S.SentimentCorrection };
  'sentiment.models': { req: Record<string, never>; res: S.SentimentModelInfo[] };
  'sentiment.retrain': { req: { file?: string; textColumn?: string; labelColumn?: string; name?: string }; res: S.SentimentModelInfo };
  'sentiment.activate': { req: { modelId: number }; res: S.ActivationResult };
  'live.snapshot': { req: L.LiveQuery; res: L.LiveSnapshot };
  'live.drill': { req: L.LiveDrillRequest; res: L.LiveDrillPage };
  'alerts.list': { req: { openOnly?: boolean; limit?: number }; res: L.Alert[] };
  'alerts.acknowledge': { req: { ids: number[]; by?: string }; res: L.Alert[] };
  'alerts.rules': { req: { siteId?: number }; res: AR.AlertRulesState };
  'alerts.saveRules': { req: AR.AlertRulesInput; res: AR.AlertRulesState };
  'topics.rules': { req: { siteId?: number }; res: Tp.TopicRuleSet };
  'topics.saveRules': { req: Tp.TopicRulesInput; res: Tp.TopicRulesSaved };
  'topics.test': { req: Tp.TopicTestRequest; res: Tp.TopicTestResult };
  'topics.models': { req: Record<string, never>; res: Tp.TopicModelsState };
  'topics.train': { req: Tp.TopicTrainRequest; res: Tp.TopicModelInfo };
  'topics.activate': { req: Tp.TopicActivateRequest; res: Tp.TopicModelsState };
  'topics.deactivate': { req: { siteId: number | null; by?: string }; res: Tp.TopicModelsState };
  'topics.rollback': { req: { siteId: number | null }; res: Tp.TopicModelsState };
  'topics.ofPost': { req: { postId: number }; res: Tp.PostTopics };
  'cases.createFromPost': { req: { postId: number; by?: string }; res: C.CaseCreated };
  'cases.list': { req: C.CaseQuery; res: C.CaseBoard };
  'cases.get': { req: { caseId: number }; res: C.CaseDetail };
  'cases.move': { req: C.CaseUpdateBase & { columnId: number }; res: C.CaseCard };
  'cases.assign': { req: C.CaseUpdateBase & { assignee: string | null }; res: C.CaseCard };
  'cases.linkIncident': { req: C.CaseUpdateBase & { incidentId: string | null }; res: C.CaseCard };
  'cases.markPostRemoved': { req: C.CaseUpdateBase; res: C.CaseCard };
  'cases.saveColumns': { req: { columns: C.CaseColumnInput[] }; res: C.CaseColumn[] };
  'cases.slaPolicies': { req: Record<string, never>; res: C.CaseSlaPolicy[] };
  'cases.saveSlaPolicy': { req: C.CaseSlaPolicyInput; res: C.CaseSlaPolicy[] };
  'cases.reply': { req: C.CaseReplyRequest; res: C.CaseReplied };
  'cases.replyKit': { req: Record<string, never>; res: C.ReplyKit };
  'cases.saveReplyText': { req: { id?: number; kind: C.ReplyText['kind']; name: string; body: string }; res: C.ReplyKit };
  'cases.deleteReplyText': { req: { id: number }; res: C.ReplyKit };
  'cases.saveBrand': { req: { brand: string }; res: C.ReplyKit };
  'cases.triage': { req: { siteId?: number; days?: number; limit?: number; weights?: T.TriageWeights }; res: T.TriageQueue };
  'cases.saveTriageWeights': { req: { weights: T.TriageWeights }; res: T.TriageWeights };
  'customers.search': { req: K.CustomerQuery; res: { total: number; items: K.CustomerSummary[] } };
  'customers.get': { req: { customerId: number }; res: K.CustomerDetail };
  'customers.proposeLinks': { req: Record<string, never>; res: K.ProposeReport };
  'customers.links': { req: { postId?: number; authorId?: number }; res: K.IdentityLink[] };
  'customers.decideLink': { req: K.LinkDecision; res: K.IdentityLink };
  'customers.undoLinkChange': { req: { logId: number; reason?: string; by?: string }; res: K.IdentityLink };
  'customers.saveHandles': { req: { customerId: number; handles: string[] }; res: K.Customer };
  'contacts.preview': { req: { path: string; rows?: number }; res: KI.ContactFilePreview };
  'contacts.presets': { req: Record<string, never>; res: KI.ContactPresetInfo[] };
  'contacts.import': { req: KI.ContactImportRequest; res: Imp.ImportStarted };
  'reports.get': { req: W.ReportRequest; res: W.WeeklyReport };
  'reports.export': { req: W.ReportRequest & { dir: string; pdf?: boolean }; res: W.ReportExport };
  'reports.freeze': { req: { week?: string; from?: number; to?: number; timeZone: string; path: string }; res: W.ReportSnapshot };
  'reports.schedule': { req: Record<string, never>; res: W.ReportSchedule };
  'reports.saveSchedule': { req: Omit<W.ReportSchedule, 'lastWeek' | 'lastRunAt' | 'lastError'>; res: W.ReportSchedule };
}

/** A method name of the contract. */
export type Method = keyof Api;
/** The request type of a method. */
export type Req<M extends Method> = Api[M]['req'];
/** The response type of a method. */
export type Res<M extends Method> = Api[M]['res'];

/** The IPC channel of a method: derived, never typed by hand. */
export function channelOf(method: Method): string {
  return `app:${method}`;
}
