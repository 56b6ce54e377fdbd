import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog } from 'electron';
import { openCore, type Core } from '../core/core';
import { resolveDbPath } from '../core/paths';
import { usePdfPrinter } from '../core/reports/export/exportReport';
import { startBackground } from '../core/background';
import { forwardEvents, registerIpc } from './ipc';
import { installAppMenu, SNAPSHOT_FLAG } from './menu';
import { printPdfInElectron } from './reportPdf';
import { lockDown } from './security';
import { openWallWindow } from './wall';

const here = dirname(fileURLToPath(import.meta.url));
const rendererIndex = join(here, '../renderer/index.html');
const devUrl = process.env.ELECTRON_RENDERER_URL;
const appOrigin = devUrl ?? pathToFileURL(join(here, '../renderer')).href;

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function createWindow(core: Core): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    title: 'Listening Post',
    backgroundColor: '#0f1419',
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  lockDown(win.webContents, appOrigin);
  forwardEvents(core, win.webContents);
  if (devUrl) void win.loadURL(devUrl);
  else void win.loadFile(rendererIndex);
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  let core: Core;
  // File → Open snapshot relaunches with --snapshot FILE: a frozen week, opened read-only.
  const snapshot = argValue(SNAPSHOT_FLAG);
  try {
    core = snapshot
      ? await openCore({ dbPath: snapshot, readOnly: true, appVersion: app.getVersion() })
      : await openCore({ dbPath: resolveDbPath(argValue('--db'), app.getPath('userData')), appVersion: app.getVersion() });
  } catch (err) {
    dialog.showErrorBox('Listening Post cannot open its database', err instanceof Error ? err.message : String(err));
    app.exit(1);
    return;
  }
  registerIpc(core, (url) => url.startsWith(appOrigin));
  // Report PDFs: Electron's printToPDF here; the CLI and `serve` use headless Chromium.
  usePdfPrinter(printPdfInElectron);
  const openWall = (): BrowserWindow =>
    openWallWindow(core, {
      rendererIndex,
      devUrl,
      appOrigin,
      preload: join(here, '../preload/index.cjs'),
      display: argValue('--wall-display') === undefined ? undefined : Number(argValue('--wall-display')),
      query: argValue('--wall-query'),
    });
  installAppMenu(() => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0], openWall);
  // Live metrics, connectors and the Monday-morning report; a snapshot is read-only and runs none of them.
  const background = startBackground(core);
  createWindow(core);
  if (process.argv.includes('--wall')) openWall();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(core);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => void background.stop().then(() => core.close()));
}

void start();
