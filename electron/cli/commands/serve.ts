import { fileURLToPath } from 'node:url';
import { openCore } from '../../core/core';
import { receiveWebhookPosts, WEBHOOK_MAX_BODY, WEBHOOK_PATH } from '../../core/connectors/webhook';
import { startBackground } from '../../core/background';
import { resolveDbPath } from '../../core/paths';
import { startServer } from '../../server/server';
import { intOption, type Command } from '../command';

/** Where the built renderer sits relative to the built CLI (out/cli → out/renderer). */
export const RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url));

/** `serve`: the browser-served mode. Runs until interrupted. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the app to a browser (API, live events and the UI)',
  usage: `serve [--db FILE] [--port N] [--host H] [--token T]

Binds to 127.0.0.1 by default. --token is required when --host is not a loopback address;
with a token, every request needs "Authorization: Bearer T" (or ?token=T when opening the page).
POST /hooks/posts takes pushed posts (a JSON array or JSON Lines with the generic fields: id, site,
author, created_at, text, …) and answers with the counts; the token applies to it too.`,
  options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, token: { type: 'string' } },
  async run(values) {
    const core = await openCore({ dbPath: resolveDbPath(values.db as string | undefined) });
    const token = values.token as string | undefined;
    // Live metrics, feeds and watched folders, and the Monday-morning report (PDFs by headless Chromium when present).
    const background = startBackground(core, {
      onReport: (r) => process.stderr.write(r.error ? `scheduled report ${r.week} failed: ${r.error}\n` : `scheduled report ${r.week} written to ${r.dir}\n`),
    });
    const served = await startServer({
      core,
      staticDir: RENDERER_DIR,
      host: values.host as string | undefined,
      port: intOption(values, 'port', 5180),
      token,
      routes: [{ method: 'POST', path: WEBHOOK_PATH, maxBody: WEBHOOK_MAX_BODY, handle: (c, body) => receiveWebhookPosts(c, body) }],
    });
    const url = token ? `${served.url}?token=${encodeURIComponent(token)}` : served.url;
    process.stdout.write(`Listening Post is served at ${url}\nDatabase: ${core.db.file}\n`);
    await new Promise<void>((resolve) => {
      const stop = (): void => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await background.stop();
    await served.close();
    await core.close();
    return 0;
  },
};
