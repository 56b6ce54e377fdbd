import { BrowserWindow, screen, type Display } from 'electron';
import type { Core } from '../core/core';
import { forwardEvents } from './ipc';
import { lockDown } from './security';

/** Where and how the wall window opens. */
export interface WallWindowOptions {
  /** The renderer's index.html (production) or the dev server URL. */
  rendererIndex: string;
  devUrl?: string;
  /** Origin the window may navigate within (see lockDown). */
  appOrigin: string;
  preload: string;
  /** Index into the displays (`--wall-display N`); default: the first display that is not the primary one. */
  display?: number;
  /** Playlist query, e.g. `boards=overview,sentiment&every=20` (see renderer/src/features/wall/wallConfig.ts). */
  query?: string;
}

/** The display a wall should use: the chosen one, else a secondary display, else the primary. */
export function chooseWallDisplay(displays: Display[], primary: Display, chosen?: number): Display {
  if (chosen !== undefined && displays[chosen]) return displays[chosen];
  return displays.find((d) => d.id !== primary.id) ?? primary;
}

/**
 * Opens the wall: a second window, full screen in kiosk mode on the chosen display, showing the
 * renderer's wall (read-only boards). Same security settings as the workstation window.
 */
export function openWallWindow(core: Core, opts: WallWindowOptions): BrowserWindow {
  const display = chooseWallDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay(), opts.display);
  const { x, y, width, height } = display.bounds;
  const win = new BrowserWindow({
    x,
    y,
    width,
    height,
    title: 'Listening Post — wall',
    backgroundColor: '#000000',
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    webPreferences: { preload: opts.preload, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true },
  });
  win.setMenu(null);
  lockDown(win.webContents, opts.appOrigin);
  forwardEvents(core, win.webContents);
  const query = `wall=1${opts.query ? `&${opts.query}` : ''}`;
  if (opts.devUrl) void win.loadURL(`${opts.devUrl}?${query}`);
  else void win.loadFile(opts.rendererIndex, { search: query });
  return win;
}
