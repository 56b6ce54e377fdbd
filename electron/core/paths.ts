import { homedir } from 'node:os';
import { join } from 'node:path';

/** Environment variable that overrides the database path. */
export const DB_ENV = 'LISTENING_POST_DB';

/**
 * Where the app keeps its database when nothing overrides it: the same folder Electron calls
 * userData for an app named listening-post, so the CLI and the desktop app share one file.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'listening-post');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'listening-post');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'listening-post');
}

/** The database file: an explicit path, else $LISTENING_POST_DB, else the data folder's default. */
export function resolveDbPath(explicit: string | undefined, dataDir = defaultDataDir(), env: NodeJS.ProcessEnv = process.env): string {
  return explicit ?? env[DB_ENV] ?? join(dataDir, 'listening-post.sqlite');
}
