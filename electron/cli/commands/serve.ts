import { fileURLToPath } from 'node:url';
import { openCore } from '../../core/core';
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
with a token, every request needs "Authorization: Bearer T" (or ?token=T when opening the page).`,
  options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, token: { type: 'string' } },
  async run(values) {
    const core = await openCore({ dbPath: resolveDbPath(values.db as string | undefined) });
    const token = values.token as string | undefined;
    const served = await startServer({
      core,
      staticDir: RENDERER_DIR,
      host: values.host as string | undefined,
      port: intOption(values, 'port', 5180),
      token,
    });
    const url = token ? `${served.url}?token=${encodeURIComponent(token)}` : served.url;
    process.stdout.write(`Listening Post is served at ${url}\nDatabase: ${core.db.file}\n`);
    await new Promise<void>((resolve) => {
      const stop = (): void => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await served.close();
    await core.close();
    return 0;
  },
};
