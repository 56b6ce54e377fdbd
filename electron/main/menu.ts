import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** The command-line flag a relaunch uses to open a frozen snapshot read-only. */
export const SNAPSHOT_FLAG = '--snapshot';

/**
 * Asks for a frozen snapshot (.sqlite written by "Freeze week") and relaunches the app on it
 * read-only. A relaunch, rather than swapping the database under open windows and IPC handlers,
 * guarantees nothing still talks to the previous database.
 */
async function openSnapshot(win: BrowserWindow | undefined): Promise<void> {
  const options = { title: 'Open snapshot', properties: ['openFile' as const], filters: [{ name: 'Listening Post snapshot', extensions: ['sqlite', 'db'] }] };
  const chosen = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  if (chosen.canceled || chosen.filePaths.length === 0) return;
  const args = process.argv.slice(1).filter((a, i, all) => a !== SNAPSHOT_FLAG && all[i - 1] !== SNAPSHOT_FLAG);
  app.relaunch({ args: [...args, SNAPSHOT_FLAG, chosen.filePaths[0]] });
  app.exit(0);
}

/**
 * The application menu: File (Open snapshot…, Quit), Edit, View (Open wall display, and the standard
 * roles) and Window.
 */
export function installAppMenu(focused: () => BrowserWindow | undefined, openWall: () => void): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open snapshot…', accelerator: 'CmdOrCtrl+O', click: () => void openSnapshot(focused()) },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Open wall display', accelerator: 'CmdOrCtrl+Shift+W', click: () => openWall() },
        { type: 'separator' },
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
