import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { saveTopicRuleSet } from '../repos/topicRules';
import { memoryCore } from '../testing/fixtures';
import { computeReport } from './computeReport';
import { addPost, authorId, siteId } from './reportFixtures';

const REQ = { week: '2017-W44', timeZone: 'Europe/London' };
const at = (iso: string): number => Date.parse(iso);

let core: Core;
afterEach(() => core?.close());

describe('report topics', () => {
  it("classify each site's posts with that site's own rule set, the others with the default set", async () => {
    core = await memoryCore();
    const tw = await siteId(core, 'twitter');
    const forum = await siteId(core, 'forum');
    const ann = await authorId(core, tw, 'ann');
    const bob = await authorId(core, forum, 'bob');
    const text = 'my flight was delayed and the lounge wifi is down';
    await addPost(core, { site: tw, author: ann, at: at('2017-11-01T10:00:00Z'), text, label: 'negative' });
    await addPost(core, { site: forum, author: bob, at: at('2017-11-01T11:00:00Z'), text, label: 'negative' });
    const before = await computeReport(core, REQ);
    expect(before.topics.filter((t) => t.name === 'Lounge wifi')).toEqual([]);

    await saveTopicRuleSet(core.db, forum, [{ topic: 'wifi', label: 'Lounge wifi', keywords: ['wifi'] }], at('2017-11-06T00:00:00Z'), 'test');
    const after = await computeReport(core, REQ);
    const rows = after.topics.map((t) => [t.group, t.name, t.count.current]);
    expect(rows).toContainEqual(['forum', 'Lounge wifi', 1]);
    expect(rows).toContainEqual([null, 'Lounge wifi', 1]);
    expect(rows).toContainEqual(['twitter', 'Delay', 1]);
    expect(rows).not.toContainEqual(['forum', 'Delay', 1]);
    expect(after.provenance.ruleVersions.topics).not.toBe(before.provenance.ruleVersions.topics);
  });
});
