import { useCallback, useEffect, useState } from 'react';
import type { TopicRuleSet } from '../../../../shared/domain/topics';
import { call } from '../../api/client';
import { draftsOf, ruleIndexOf, rulesOf, type TopicDraft } from './topicDraft';

/** A refusal from the server, with the rule it names (to highlight its row). */
export interface RulesError {
  message: string;
  ruleIndex: number | null;
}

/** What the topic editor needs: the set in force for a site, the edited rows, save and reset. */
export interface TopicRulesState {
  set: TopicRuleSet | null;
  drafts: TopicDraft[];
  dirty: boolean;
  error: RulesError | null;
  notice: string | null;
  setDrafts(next: TopicDraft[]): void;
  save(): Promise<void>;
  /** Drops the site's own set (or the saved default set, back to the built-in rules). */
  reset(): Promise<void>;
}

const RECOUNT_NOTE = 'New posts get these topics at once; posts already stored are recounted in the background (the live Rising topics panel shows "indexing" until it is done).';

/** Loads and saves the topic rules of one site (null: the default set). */
export function useTopicRules(siteId: number | null): TopicRulesState {
  const [set, setSet] = useState<TopicRuleSet | null>(null);
  const [drafts, setDraftsState] = useState<TopicDraft[]>([]);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<RulesError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const show = useCallback((next: TopicRuleSet) => {
    setSet(next);
    setDraftsState(draftsOf(next.rules));
    setDirty(false);
  }, []);

  useEffect(() => {
    let live = true;
    setNotice(null);
    setError(null);
    void call('topics.rules', siteId === null ? {} : { siteId }).then((r) => {
      if (!live) return;
      if (r.ok) show(r.value);
      else setError({ message: r.error.message, ruleIndex: null });
    });
    return () => void (live = false);
  }, [siteId, show]);

  const write = async (rules: ReturnType<typeof rulesOf> | null, done: string): Promise<void> => {
    const r = await call('topics.saveRules', { siteId, rules });
    if (!r.ok) {
      setError({ message: r.error.message, ruleIndex: ruleIndexOf(r.error.field) });
      setNotice(null);
      return;
    }
    show(r.value.set);
    setError(null);
    setNotice(`${done} ${RECOUNT_NOTE}`);
  };

  return {
    set,
    drafts,
    dirty,
    error,
    notice,
    setDrafts: (next) => (setDraftsState(next), setDirty(true), setNotice(null), setError(null)),
    save: () => write(rulesOf(drafts), 'Saved.'),
    reset: () => write(null, siteId === null ? 'Built-in rules restored.' : 'This site follows the default set again.'),
  };
}
