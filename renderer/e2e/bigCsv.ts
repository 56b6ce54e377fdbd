// Large generated post files for the opt-in performance specs (never bundled, never real data).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const SITES = ['twitter', 'forum', 'reviews', 'facebook', 'news'];
const TEXTS = ['flight delayed again, still waiting for help', 'thanks for the quick refund, great service', 'bag lost on the way home', 'app crash at check in', 'love the new seats'];

/** Writes a generic CSV of `n` posts spread over the `days` days before now (the newest minutes included). */
export async function writePostsCsv(path: string, n: number, days = 30): Promise<void> {
  const out = createWriteStream(path);
  const now = Date.now();
  const span = days * 86_400_000;
  out.write('id,site,author,created_at,text\n');
  for (let i = 0; i < n; i++) {
    const line = `${i},${SITES[i % 5]},user${(i * 7919) % 60_000},${Math.round(now - span + (span * i) / n)},"${TEXTS[i % 5]} #${i % 97}"\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
