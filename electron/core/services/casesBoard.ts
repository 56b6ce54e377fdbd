import { AppFailure } from '../../../shared/contract/result';
import type { CaseColumn, CaseColumnInput, CaseSlaPolicy, CaseSlaPolicyInput } from '../../../shared/domain/case';
import { validateSlaPolicy } from '../../../shared/time/sla';
import type { Core } from '../core';
import { listCaseColumns, listSlaPolicies, replaceCaseColumns, saveSlaPolicy, siteExists, syncCaseResolution } from '../repos/casesBoard';

function checkColumns(next: CaseColumnInput[], current: CaseColumn[]): CaseColumnInput[] {
  const clean = next.map((c) => ({ ...c, name: c.name.trim() }));
  if (clean.length === 0) throw new AppFailure('invalid-request', 'the board needs at least one column', 'columns');
  if (!clean.some((c) => !c.resolves)) throw new AppFailure('invalid-request', 'at least one column must be open (not resolving): new cases land there', 'columns');
  const seen = new Set<string>();
  clean.forEach((c, i) => {
    if (c.name === '') throw new AppFailure('invalid-request', `column ${i + 1} has no name`, `columns[${i}].name`);
    const key = c.name.toLowerCase();
    if (seen.has(key)) throw new AppFailure('invalid-request', `two columns are called "${c.name}"`, `columns[${i}].name`);
    seen.add(key);
    if (c.id !== undefined && !current.some((k) => k.id === c.id)) throw new AppFailure('not-found', `no column with id ${c.id}`, `columns[${i}].id`);
  });
  const kept = new Set(clean.map((c) => c.id));
  const dropped = current.filter((k) => !kept.has(k.id) && k.count > 0);
  if (dropped.length) {
    const k = dropped[0];
    throw new AppFailure('conflict', `column "${k.name}" still holds ${k.count} case${k.count === 1 ? '' : 's'}; move them before removing it`, 'columns');
  }
  return clean;
}

/**
 * Replaces the board's columns (order as given). A column that still holds cases cannot be
 * removed; names must be unique; at least one column stays open so new cases have a place.
 */
export async function saveCaseColumns(core: Core, req: { columns: CaseColumnInput[] }): Promise<CaseColumn[]> {
  const now = core.now();
  await core.db.transaction(async (tx) => {
    const clean = checkColumns(req.columns, await listCaseColumns(tx));
    await replaceCaseColumns(tx, clean);
    await syncCaseResolution(tx, now);
  });
  core.events.emit('cases.changed', { caseId: null, version: null, at: now });
  return listCaseColumns(core.db);
}

/** Saves a site's SLA targets (checked with validateSlaPolicy) and returns every policy. */
export async function saveCaseSlaPolicy(core: Core, req: CaseSlaPolicyInput): Promise<CaseSlaPolicy[]> {
  const policy: CaseSlaPolicy = { siteId: req.siteId, firstResponseMins: req.firstResponseMins, resolutionMins: req.resolutionMins, amberAt: req.amberAt ?? 0.75, businessHours: req.businessHours ?? null };
  const problem = validateSlaPolicy({ ...policy, businessHours: policy.businessHours ?? undefined });
  if (problem) throw new AppFailure('invalid-request', problem, 'businessHours');
  if (req.siteId !== null && !(await siteExists(core.db, req.siteId))) {
    throw new AppFailure('not-found', `no site with id ${req.siteId}`, 'siteId');
  }
  await core.db.transaction((tx) => saveSlaPolicy(tx, policy));
  core.events.emit('cases.changed', { caseId: null, version: null, at: core.now() });
  return listSlaPolicies(core.db);
}
