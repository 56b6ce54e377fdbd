import { useEffect, useState } from 'react';
import type { Site } from '../../../../shared/domain/site';
import type { TopicRuleSet } from '../../../../shared/domain/topics';
import { call } from '../../api/client';
import { formatTime } from '../../format';
import { newDraft, rulesOf } from './topicDraft';
import { TopicModelsPanel } from './TopicModelsPanel';
import { TopicRuleRow } from './TopicRuleRow';
import { TopicTestBox } from './TopicTestBox';
import { useTopicRules } from './useTopicRules';
import './topics.css';

/** Where the rules shown come from, in words. */
function sourceNote(set: TopicRuleSet, siteName: string | null): string {
  const when = set.updatedAt ? ` (saved ${formatTime(set.updatedAt)}${set.updatedBy ? ` by ${set.updatedBy}` : ''})` : '';
  if (set.siteId === null) {
    return set.source === 'built-in' ? 'The built-in rules, used by every site without its own set.' : `The default set${when}, used by every site without its own set.`;
  }
  return set.source === 'site' ? `${siteName}'s own set${when}.` : `${siteName} follows the default set; saving here gives it its own.`;
}

/** Which set is edited (the default set or a site's), and where its rules come from. */
function TopicSitePicker(props: { sites: Site[]; siteId: number | null; set: TopicRuleSet | null; onPick(id: number | null): void }) {
  const own = new Set(props.set?.overrides ?? []);
  const siteName = props.sites.find((s) => s.id === props.siteId)?.name ?? null;
  return (
    <div className="topic-rules-head">
      <label>
        <span className="field-label">Rules for </span>
        <select data-testid="topic-site" value={props.siteId ?? ''} onChange={(e) => props.onPick(e.target.value ? Number(e.target.value) : null)}>
          <option value="">Default set (all sites)</option>
          {props.sites.map((s) => (
            <option key={s.id} value={s.id}>{s.name}{own.has(s.id) ? ' (own set)' : ''}</option>
          ))}
        </select>
      </label>
      {props.set && <span className="muted" data-testid="topic-source">{sourceNote(props.set, siteName)}</span>}
    </div>
  );
}

/** The topic (contact reason) rules of the default set or of one site: edit, test on a sample, save. */
export function TopicRulesPanel() {
  const [sites, setSites] = useState<Site[]>([]);
  const [siteId, setSiteId] = useState<number | null>(null);
  const state = useTopicRules(siteId);
  const { set, drafts } = state;
  useEffect(() => void call('sites.list', {}).then((r) => r.ok && setSites(r.value)), []);
  const siteName = sites.find((s) => s.id === siteId)?.name ?? 'site';
  const canReset = set !== null && (siteId === null ? set.source === 'default' : set.source === 'site');
  return (
    <div className="topic-rules" data-testid="topic-rules">
      <TopicSitePicker sites={sites} siteId={siteId} set={set} onPick={setSiteId} />
      <p className="field-hint muted">One keyword or phrase per line, matched on whole words, any case. A trailing * matches any ending (cancel* → cancelled). A post with an excluded phrase does not get the topic from words inside it.</p>
      <table className="grid compact topic-table">
        <thead>
          <tr><th>Topic</th><th>Keywords and phrases</th><th>Exclude</th><th /></tr>
        </thead>
        <tbody>
          {drafts.map((d, i) => (
            <TopicRuleRow
              key={d.key}
              draft={d}
              index={i}
              invalid={state.error?.ruleIndex === i}
              onChange={(next) => state.setDrafts(drafts.map((x) => (x.key === d.key ? next : x)))}
              onRemove={() => state.setDrafts(drafts.filter((x) => x.key !== d.key))}
            />
          ))}
        </tbody>
      </table>
      <div className="topic-actions">
        <button type="button" data-testid="topic-add" onClick={() => state.setDrafts([...drafts, newDraft()])}>Add topic</button>
        <span className="spacer" />
        {canReset && (
          <button type="button" data-testid="topic-reset" onClick={() => void state.reset()}>{siteId === null ? 'Restore built-in rules' : 'Use the default set'}</button>
        )}
        <button type="button" className="primary" data-testid="topic-save" disabled={!state.dirty} onClick={() => void state.save()}>Save {siteId === null ? 'default set' : `rules for ${siteName}`}</button>
      </div>
      {state.error && <div className="error-banner" role="alert" data-testid="topic-error">{state.error.message}</div>}
      {state.notice && <div className="muted topic-notice" role="status" data-testid="topic-notice">{state.notice}</div>}
      <h4 className="topic-test-title">Try a sample text against these rules (unsaved edits included)</h4>
      <TopicTestBox rules={rulesOf(drafts)} />
      <h4 className="topic-test-title">Learned model</h4>
      <TopicModelsPanel sites={sites} />
    </div>
  );
}
