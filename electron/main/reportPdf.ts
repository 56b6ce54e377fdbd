import { writeFile } from 'node:fs/promises';
import { BrowserWindow } from 'electron';

/** How long a report may take to load and print before the export gives up on the PDF. */
const PRINT_TIMEOUT_MS = 60_000;

/**
 * Prints a report.html to PDF in the app (the CLI uses headless Chromium instead): a hidden,
 * sandboxed window with JavaScript off (the report has none) loads the file and
 * webContents.printToPDF writes A4 pages with the report's own @page margins and colours.
 */
export async function printPdfInElectron(htmlPath: string, pdfPath: string): Promise<void> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
  });
  // The report is self-contained: refuse any navigation or window it could try to open.
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  let timer: NodeJS.Timeout | undefined;
  try {
    const print = (async () => {
      await win.loadFile(htmlPath);
      return win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    })();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The PDF was not printed within ${PRINT_TIMEOUT_MS / 1000} s.`)), PRINT_TIMEOUT_MS);
    });
    await writeFile(pdfPath, await Promise.race([print, timeout]));
  } finally {
    clearTimeout(timer);
    win.destroy();
  }
}
