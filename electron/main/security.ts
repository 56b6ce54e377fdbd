import { shell, type WebContents } from 'electron';

/** Only http(s) and mailto links go to the system browser; nothing else is opened. */
function openExternally(url: string): void {
  if (/^(https?:|mailto:)/i.test(url)) void shell.openExternal(url);
}

/**
 * Refuses navigation away from the app and new windows (links open in the system browser).
 * See https://www.electronjs.org/docs/latest/tutorial/security
 */
export function lockDown(contents: WebContents, appOrigin: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(appOrigin)) {
      event.preventDefault();
      openExternally(url);
    }
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
