import type { Method, Req, Res } from '../../../shared/contract/api';
import type { Core } from '../core';
import { listSlaPolicies } from '../repos/casesBoard';
import { assignCase, createCaseFromPost, getCase, linkIncident, listCases, markPostRemoved, moveCase } from './cases';
import { saveCaseColumns, saveCaseSlaPolicy } from './casesBoard';
import { buildTriageQueue, saveTriageWeights } from './casesTriage';
import { deleteReplyTextEntry, readReplyKit, saveBrand, saveCaseReply, saveReplyTextEntry } from './casesReplies';

type CasesMethod = Extract<Method, `cases.${string}`>;

/** Handlers of the case board methods, spread into HANDLERS. */
export const CASES_HANDLERS: { [M in CasesMethod]: (core: Core, req: Req<M>) => Promise<Res<M>> } = {
  'cases.createFromPost': (core, req) => createCaseFromPost(core, req),
  'cases.list': (core, req) => listCases(core, req),
  'cases.get': (core, req) => getCase(core, req),
  'cases.move': (core, req) => moveCase(core, req),
  'cases.assign': (core, req) => assignCase(core, req),
  'cases.linkIncident': (core, req) => linkIncident(core, req),
  'cases.markPostRemoved': (core, req) => markPostRemoved(core, req),
  'cases.saveColumns': (core, req) => saveCaseColumns(core, req),
  'cases.slaPolicies': (core) => listSlaPolicies(core.db),
  'cases.saveSlaPolicy': (core, req) => saveCaseSlaPolicy(core, req),
  'cases.reply': (core, req) => saveCaseReply(core, req),
  'cases.replyKit': (core) => readReplyKit(core),
  'cases.saveReplyText': (core, req) => saveReplyTextEntry(core, req),
  'cases.deleteReplyText': (core, req) => deleteReplyTextEntry(core, req),
  'cases.saveBrand': (core, req) => saveBrand(core, req),
  'cases.triage': (core, req) => buildTriageQueue(core, req),
  'cases.saveTriageWeights': (core, req) => saveTriageWeights(core, req),
};
