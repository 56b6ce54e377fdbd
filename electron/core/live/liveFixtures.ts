// Test helpers of the live engine: posts pushed through the webhook path with chosen labels.
import { receiveWebhookPosts } from '../connectors/webhook';
import type { Core } from '../core';
import { upsertScores } from '../repos/scores';
import { activeScorer } from '../sentiment/pipeline';
import { memoryCore } from '../testing/fixtures';

/** A post to push: `ago` ms before the core's clock; `label` overrides the scorer's. */
export interface FixturePost {
  id: string;
  site?: string;
  author?: string;
  ago: number;
  text?: string;
  label?: 'negative' | 'neutral' | 'positive' | null;
  followers?: number;
  replyTo?: string;
  company?: boolean;
}

/** Pushes posts through the webhook path and sets their labels (null: left without a score). */
export async function pushPosts(core: Core, posts: FixturePost[]): Promise<void> {
  const now = core.now();
  const body = posts.map((p) => ({
    id: p.id,
    site: p.site ?? 'twitter',
    author: p.author ?? `user${p.id}`,
    created_at: String(now - p.ago),
    text: p.text ?? `post ${p.id}`,
    ...(p.followers !== undefined ? { author_followers: String(p.followers) } : {}),
    ...(p.replyTo ? { in_reply_to: p.replyTo } : {}),
    ...(p.company ? { author_is_company: 'true' } : {}),
  }));
  const r = await receiveWebhookPosts(core, Buffer.from(JSON.stringify(body)));
  if (r.status !== 200) throw new Error(JSON.stringify(r.json));
  await core.db.get('SELECT 1'); // scoring steps queued by the import run before this read
  const scorer = await activeScorer(core.db);
  for (const p of posts) {
    const row = await core.db.get<{ id: number }>('SELECT id FROM posts WHERE external_id = ?', [p.id]);
    if (!row || p.label === undefined) continue;
    if (p.label === null) await core.db.run('DELETE FROM post_scores WHERE post_id = ?', [row.id]);
    else {
      const stamp = { modelId: scorer.modelId, modelVersion: scorer.modelVersion, scoredAt: now, language: 'en', reasons: [] };
      await upsertScores(core.db, [{ postId: row.id, label: p.label, score: 0, confidence: 1, ...stamp }]);
    }
  }
}

/** A movable clock for a memory core. */
export interface Clock {
  now: number;
}

/** An in-memory core whose clock the test moves. */
export async function clockedCore(start = Date.UTC(2025, 0, 15, 12, 0, 30)): Promise<{ core: Core; clock: Clock }> {
  const clock = { now: start };
  const core = await memoryCore();
  core.now = () => clock.now;
  return { core, clock };
}
